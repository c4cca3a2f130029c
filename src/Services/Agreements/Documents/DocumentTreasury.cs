namespace Kazynashylyk.Agreements.Documents;

/// <summary>The territorial treasury unit as the document names it, with who signs for it and on what basis.</summary>
public sealed record DocumentTreasury
{
    public required string UnitCode { get; init; }

    public required string Name { get; init; }

    public required string SignatoryTitle { get; init; }

    public required string AuthorityBasis { get; init; }
}
