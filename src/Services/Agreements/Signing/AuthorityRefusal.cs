namespace Kazynashylyk.Agreements.Signing;

/// <summary>Why a verified signer may not sign for a party: a machine-readable reason and a sentence.</summary>
public sealed record AuthorityRefusal(string Reason, string Detail)
{
    public const string SignerNotUser = "signer-not-user";
    public const string BinMismatch = "bin-mismatch";
    public const string NotFirstHead = "not-first-head";
    public const string NotUnitOperator = "not-unit-operator";
    public const string CallerNotParty = "caller-not-party";
}
