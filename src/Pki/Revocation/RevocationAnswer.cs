namespace Kazynashylyk.Pki.Revocation;

/// <summary>A definitive or "unknown" answer from one source, cacheable until <see cref="ValidUntil"/>.</summary>
public sealed record RevocationAnswer
{
    /// <summary>"ocsp" or "crl".</summary>
    public required string Source { get; init; }

    public required RevocationStatus Status { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public int? ReasonCode { get; init; }

    public string? CrlNumber { get; init; }

    public DateTimeOffset? ThisUpdate { get; init; }

    public DateTimeOffset? NextUpdate { get; init; }

    /// <summary>Until when a cache may reuse the answer.</summary>
    public required DateTimeOffset ValidUntil { get; init; }
}
