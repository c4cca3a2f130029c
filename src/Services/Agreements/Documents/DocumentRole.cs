namespace Kazynashylyk.Agreements.Documents;

/// <summary>The role the user is given, by its code and name in the roles reference data.</summary>
public sealed record DocumentRole
{
    public required string Code { get; init; }

    public required string Name { get; init; }
}
