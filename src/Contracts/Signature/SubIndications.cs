namespace Kazynashylyk.Contracts.Signature;

/// <summary>ETSI EN 319 102-1 sub-indications the engine gives.</summary>
public static class SubIndications
{
    public const string HashFailure = "HASH_FAILURE";
    public const string SigCryptoFailure = "SIG_CRYPTO_FAILURE";
    public const string SigConstraintsFailure = "SIG_CONSTRAINTS_FAILURE";
    public const string NoCertificateChainFound = "NO_CERTIFICATE_CHAIN_FOUND";
    public const string ChainConstraintsFailure = "CHAIN_CONSTRAINTS_FAILURE";
    public const string RevokedNoPoe = "REVOKED_NO_POE";
    public const string Revoked = "REVOKED";
    public const string OutOfBoundsNoPoe = "OUT_OF_BOUNDS_NO_POE";
    public const string TryLater = "TRY_LATER";
    public const string NoSigningCertificateFound = "NO_SIGNING_CERTIFICATE_FOUND";
    public const string CryptoConstraintsFailureNoPoe = "CRYPTO_CONSTRAINTS_FAILURE_NO_POE";
    public const string FormatFailure = "FORMAT_FAILURE";
}
