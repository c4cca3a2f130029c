namespace Kazynashylyk.Agreements.Data;

/// <summary>
/// One party's verified signature on an agreement, kept as evidence: the CMS itself and the Signature service's
/// report (which holds the chain, the revocation answer and the timestamp) by its id.
/// </summary>
public sealed class AgreementSignature
{
    public required Guid AgreementId { get; init; }

    /// <summary>"user", "head" or "treasury" for an agreement on the use of EDS.</summary>
    public required string Party { get; init; }

    /// <summary>The Signature service's stored report on this signature.</summary>
    public required Guid ReportId { get; init; }

    public required string CertificateSerial { get; init; }

    /// <summary>The BIN the signer's certificate carries (legal-entity certificates), if any.</summary>
    public string? SignerBin { get; init; }

    /// <summary>The extended key usage OIDs of the signer's certificate: the roles the NCA gave the holder.</summary>
    public required List<string> SignerRoleOids { get; init; }

    public required DateTimeOffset SignedAt { get; init; }

    /// <summary>The CMS as the party sent it, base64 of the DER.</summary>
    public required string Cms { get; init; }

    /// <summary>SHA-256 of the CMS's DER bytes, lower-case hex: what logs and disputes quote.</summary>
    public required string CmsSha256 { get; init; }
}
