namespace Kazynashylyk.Registration.TerritorialUnits;

/// <summary>One territorial unit as configured under <c>Registration:TerritorialUnits</c>.</summary>
public sealed class TerritorialUnitOptions
{
    public string Code { get; set; } = string.Empty;

    public string NameKk { get; set; } = string.Empty;

    public string NameRu { get; set; } = string.Empty;

    public string PlaceKk { get; set; } = string.Empty;

    public string PlaceRu { get; set; } = string.Empty;

    public string SignatoryTitle { get; set; } = string.Empty;

    public string AuthorityBasis { get; set; } = string.Empty;

    public IList<TreasuryOperatorOptions> Operators { get; } = [];
}
