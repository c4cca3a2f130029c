namespace Kazynashylyk.Registration.Data;

/// <summary>A client of the treasury (a state institution or a quasi-public entity) and its first head.</summary>
public sealed class Client
{
    public required Guid Id { get; init; }

    /// <summary>The client's code in the treasury; unique.</summary>
    public required string TreasuryCode { get; init; }

    /// <summary>The business identification number, 12 digits; unique.</summary>
    public required string Bin { get; init; }

    public required string Name { get; set; }

    public required string LegalForm { get; set; }

    public required ClientHead Head { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }
}
