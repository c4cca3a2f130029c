namespace Kazynashylyk.Registration.Data;

/// <summary>
/// A territorial unit of the Treasury: a party to every EDS agreement it concludes with its clients. Seeded from
/// configuration at start-up (<c>Registration:TerritorialUnits</c>).
/// </summary>
public sealed class TerritorialUnit
{
    /// <summary>The unit's code in the Treasury's register (four digits).</summary>
    public required string Code { get; init; }

    public required string NameKk { get; set; }

    public required string NameRu { get; set; }

    /// <summary>The city written as the place of its agreements, in Kazakh.</summary>
    public required string PlaceKk { get; set; }

    /// <summary>The city written as the place of its agreements, in Russian.</summary>
    public required string PlaceRu { get; set; }

    /// <summary>Who signs agreements for the unit (the head of the unit, an authorised person).</summary>
    public required string SignatoryTitle { get; set; }

    /// <summary>What the signatory acts on (the unit's regulation, an appointment order).</summary>
    public required string AuthorityBasis { get; set; }

    public List<TreasuryOperator> Operators { get; } = [];

    /// <summary>The unit's name in the language of a document (<c>kk</c> or <c>ru</c>).</summary>
    public string NameIn(string language) => language == Languages.Kazakh ? NameKk : NameRu;

    /// <summary>The unit's city in the language of a document (<c>kk</c> or <c>ru</c>).</summary>
    public string PlaceIn(string language) => language == Languages.Kazakh ? PlaceKk : PlaceRu;
}
