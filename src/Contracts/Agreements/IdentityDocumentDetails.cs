namespace Kazynashylyk.Contracts.Agreements;

/// <summary>The system user's identity document as the agreement names it (series, number, issuer, date).</summary>
public sealed record IdentityDocumentDetails
{
    /// <summary>"id-card" or "passport".</summary>
    public required string Kind { get; init; }

    public string? Series { get; init; }

    public required string Number { get; init; }

    public required string Issuer { get; init; }

    public required DateOnly IssuedOn { get; init; }
}
