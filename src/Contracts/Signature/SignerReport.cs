namespace Kazynashylyk.Contracts.Signature;

/// <summary>The verdict on one signer and the evidence behind it.</summary>
public sealed record SignerReport
{
    public required string Indication { get; init; }

    public string? SubIndication { get; init; }

    public SubjectReport? Subject { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public CertificateReport? Certificate { get; init; }

    public DateTimeOffset? SigningTime { get; init; }

    public TimestampReport? Timestamp { get; init; }

    public RevocationReport? Revocation { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
