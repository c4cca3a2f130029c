namespace Kazynashylyk.Agreements.Data;

/// <summary>Where an agreement stands: drafted, signed by each party in turn, in force, or cancelled.</summary>
public static class AgreementStates
{
    public const string Draft = "draft";
    public const string SignedByUser = "signed-by-user";
    public const string SignedByHead = "signed-by-head";
    public const string InForce = "in-force";
    public const string Cancelled = "cancelled";
}
