namespace Kazynashylyk.Registration.Data;

/// <summary>A territorial unit of the Treasury: a party to every EDS agreement it concludes with its clients.</summary>
public sealed class TerritorialUnit
{
    /// <summary>The unit's code in the Treasury's register (four digits).</summary>
    public required string Code { get; init; }

    public required string NameKk { get; set; }

    public required string NameRu { get; set; }
}
