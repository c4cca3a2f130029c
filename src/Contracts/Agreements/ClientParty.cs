namespace Kazynashylyk.Contracts.Agreements;

/// <summary>The client (a state institution or quasi-public entity) that is a party to an agreement.</summary>
public sealed record ClientParty
{
    public required Guid ClientId { get; init; }

    /// <summary>The client's code in the treasury.</summary>
    public required string TreasuryCode { get; init; }

    /// <summary>The business identification number, 12 digits.</summary>
    public required string Bin { get; init; }

    public required string Name { get; init; }

    public required string LegalForm { get; init; }

    /// <summary>The head's full name and position as the agreement names them.</summary>
    public required string HeadFullName { get; init; }

    public required string HeadPosition { get; init; }

    /// <summary>What the head acts on: the charter, an appointment order.</summary>
    public required string AuthorityBasis { get; init; }
}
