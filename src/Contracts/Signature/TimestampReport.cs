namespace Kazynashylyk.Contracts.Signature;

/// <summary>A verified signature timestamp.</summary>
public sealed record TimestampReport
{
    public required DateTimeOffset GenTime { get; init; }

    /// <summary>The TSA certificate's subject.</summary>
    public required string Tsa { get; init; }

    public string? Policy { get; init; }
}
