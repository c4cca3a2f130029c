namespace Kazynashylyk.Agreements.Documents;

/// <summary>The user's identity document: kind ("id-card" or "passport"), series, number, issuer and date.</summary>
public sealed record DocumentIdentity
{
    public required string Kind { get; init; }

    /// <summary>Absent from the JSON when the document has none.</summary>
    public string? Series { get; init; }

    public required string Number { get; init; }

    public required string Issuer { get; init; }

    public required DateOnly IssuedOn { get; init; }
}
