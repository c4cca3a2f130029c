namespace Kazynashylyk.Contracts.Signature;

/// <summary>The whole verification: the worst signer's verdict and every signer's report.</summary>
public sealed record VerificationReport
{
    public required Guid ReportId { get; init; }

    public required string Indication { get; init; }

    public string? SubIndication { get; init; }

    public required DateTimeOffset ValidationTime { get; init; }

    /// <summary>"timestamp", "asserted" or "now".</summary>
    public required string ValidationTimeSource { get; init; }

    public required string TrustStore { get; init; }

    public required IReadOnlyList<SignerReport> Signers { get; init; }
}
