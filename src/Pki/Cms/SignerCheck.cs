using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Cms;

/// <summary>The cryptographic checks of one signer info.</summary>
public sealed record SignerCheck
{
    /// <summary>The signer's certificate, or null when the CMS does not carry it.</summary>
    public PkiCertificate? Certificate { get; init; }

    /// <summary>
    /// The failing sub-indication (HASH_FAILURE, SIG_CRYPTO_FAILURE …), or null when all checks passed.
    /// </summary>
    public string? Failure { get; init; }

    /// <summary>A readable explanation of <see cref="Failure"/>.</summary>
    public string? Problem { get; init; }

    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>Whether a signing-certificate (v1 or v2) attribute was present and matched.</summary>
    public bool SigningCertificateAttributePresent { get; init; }

    /// <summary>The signature value (what a signature timestamp covers).</summary>
    public byte[] SignatureValue { get; init; } = [];

    public bool Passed => Failure is null;
}
