namespace Kazynashylyk.Registration.TerritorialUnits;

/// <summary>One operator of a configured territorial unit; identified by the IIN.</summary>
public sealed class TreasuryOperatorOptions
{
    public string Iin { get; set; } = string.Empty;

    public string Surname { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Patronymic { get; set; }

    public string Email { get; set; } = string.Empty;
}
