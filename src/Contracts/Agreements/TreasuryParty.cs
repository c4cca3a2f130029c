namespace Kazynashylyk.Contracts.Agreements;

/// <summary>The territorial treasury unit that is a party to an agreement, and where agreements are signed.</summary>
public sealed record TreasuryParty
{
    public required string UnitCode { get; init; }

    public required string Name { get; init; }

    /// <summary>The place written in the agreement (the unit's city).</summary>
    public required string Place { get; init; }

    /// <summary>Who signs for the unit and on what basis (a regulation, an appointment order).</summary>
    public required string SignatoryTitle { get; init; }

    public required string AuthorityBasis { get; init; }
}
