namespace Kazynashylyk.Pki.Revocation;

/// <summary>How an OCSP exchange ended.</summary>
public enum OcspAnswerKind
{
    Good,
    Revoked,
    Unknown,

    /// <summary>
    /// No definitive answer: error status, tryLater, bad signature, nonce mismatch, no matching response.
    /// </summary>
    NoAnswer,
}
