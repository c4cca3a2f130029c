namespace Kazynashylyk.Registration.Data;

/// <summary>
/// A role a system user is given in an agreement: reference data, not code. A certificate qualifies for the role
/// when it carries one of <see cref="QualifyingEkus"/>; the role may sign <see cref="DocumentTypes"/>.
/// </summary>
public sealed class Role
{
    public required string Code { get; init; }

    public required string NameKk { get; set; }

    public required string NameRu { get; set; }

    /// <summary>Extended key usage OIDs of NCA certificates that qualify a holder for the role.</summary>
    public required List<string> QualifyingEkus { get; init; }

    /// <summary>The document types (<see cref="DocumentTypes"/>) a holder of the role may sign.</summary>
    public required List<string> DocumentTypes { get; init; }

    /// <summary>The role's name in the language of a document (<c>kk</c> or <c>ru</c>).</summary>
    public string NameIn(string language) => language == Languages.Kazakh ? NameKk : NameRu;

    /// <summary>True when one of the certificate's EKU OIDs qualifies for this role.</summary>
    public bool IsQualifiedBy(IEnumerable<string> extendedKeyUsage) =>
        extendedKeyUsage.Any(oid => QualifyingEkus.Contains(oid, StringComparer.Ordinal));
}
