namespace Kazynashylyk.Contracts.Signature;

/// <summary>Where the revocation answer came from and what it said.</summary>
public sealed record RevocationReport
{
    /// <summary>"ocsp", "crl" or "none".</summary>
    public required string Source { get; init; }

    /// <summary>"good", "revoked" or "unknown".</summary>
    public required string Status { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? CrlNumber { get; init; }

    public DateTimeOffset? ThisUpdate { get; init; }

    public DateTimeOffset? NextUpdate { get; init; }
}
