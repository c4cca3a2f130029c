namespace Kazynashylyk.Registration.Reference;

/// <summary>A territorial unit as the reference data lists it: no operator is named.</summary>
public sealed record TerritorialUnitResponse(
    string Code,
    string NameKk,
    string NameRu,
    string PlaceKk,
    string PlaceRu,
    string SignatoryTitle,
    string AuthorityBasis);
