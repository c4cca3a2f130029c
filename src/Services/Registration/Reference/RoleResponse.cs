namespace Kazynashylyk.Registration.Reference;

/// <summary>A role as the reference data lists it.</summary>
public sealed record RoleResponse(
    string Code,
    string NameKk,
    string NameRu,
    IReadOnlyList<string> QualifyingEkus,
    IReadOnlyList<string> DocumentTypes);
