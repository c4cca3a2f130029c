namespace Kazynashylyk.Agreements.Data;

/// <summary>
/// What an agreement row is. Only the agreement on the use of EDS is drafted today; the supplementary agreement
/// (a key renewal, assigning a role) and the power of attorney share the table, the journal and the signatures.
/// </summary>
public static class AgreementKinds
{
    /// <summary>The Agreement on the use of EDS between a territorial unit, a client and one system user.</summary>
    public const string EdsUse = "eds-use";
}
