namespace Kazynashylyk.Contracts.Agreements;

/// <summary>A party's signature on an agreement was verified, its authority checked, and recorded.</summary>
public sealed record AgreementSigned
{
    public required Guid OnboardingId { get; init; }

    public required Guid AgreementId { get; init; }

    /// <summary>"user", "head" or "treasury" (<see cref="AgreementPartyNames"/>).</summary>
    public required string Party { get; init; }

    /// <summary>The Signature service's stored report on this signature.</summary>
    public required Guid ReportId { get; init; }

    public required string CertificateSerial { get; init; }

    public required DateTimeOffset SignedAt { get; init; }
}
