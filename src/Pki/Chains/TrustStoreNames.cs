namespace Kazynashylyk.Pki.Chains;

/// <summary>The trust store names the engine knows.</summary>
public static class TrustStoreNames
{
    /// <summary>The NCA test roots and CAs: 2022 GOST, and the legacy GOST 2004 and RSA ones.</summary>
    public const string Test = "test";

    /// <summary><see cref="Test"/> plus a development CA generated with the NCA profile.</summary>
    public const string Development = "development";

    /// <summary>The production NCA roots and CAs, supplied by configuration.</summary>
    public const string Production = "production";
}
