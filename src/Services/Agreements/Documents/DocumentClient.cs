namespace Kazynashylyk.Agreements.Documents;

/// <summary>The client as the document names it: BIN, treasury code, its head and their basis of authority.</summary>
public sealed record DocumentClient
{
    public required string TreasuryCode { get; init; }

    public required string Bin { get; init; }

    public required string Name { get; init; }

    public required string LegalForm { get; init; }

    public required string HeadFullName { get; init; }

    public required string HeadPosition { get; init; }

    public required string AuthorityBasis { get; init; }
}
