namespace Kazynashylyk.Contracts.Agreements;

/// <summary>The parties that sign an agreement on the use of EDS, in the order they sign.</summary>
public static class AgreementPartyNames
{
    public const string User = "user";
    public const string Head = "head";
    public const string Treasury = "treasury";
}
