using Kazynashylyk.Pki.Algorithms;

namespace Kazynashylyk.DevelopmentCa;

/// <summary>The roles a development certificate can carry, by their command-line names, with their EKUs.</summary>
public static class LeafRoles
{
    private static readonly Dictionary<string, string[]> Oids = new(StringComparer.Ordinal)
    {
        ["first-head"] = [KazakhOids.EkuLegalEntity, KazakhOids.EkuFirstHead],
        ["right-to-sign"] = [KazakhOids.EkuLegalEntity, KazakhOids.EkuRightToSign],
        ["financial-signer"] = [KazakhOids.EkuLegalEntity, KazakhOids.EkuFinancialSigner],
        ["human-resources"] = [KazakhOids.EkuLegalEntity, KazakhOids.EkuHumanResources],
        ["employee"] = [KazakhOids.EkuLegalEntity, KazakhOids.EkuEmployee],
        ["individual"] = [KazakhOids.EkuIndividual],
    };

    /// <summary>The command-line names.</summary>
    public static IReadOnlyCollection<string> Names => Oids.Keys;

    /// <summary>True for the roles of a person acting for an organisation (a BIN is required).</summary>
    public static bool IsLegalEntity(string role) => role != "individual";

    /// <summary>The EKU OIDs of a role.</summary>
    public static IReadOnlyList<string> OidsOf(string role) => Oids[role];
}
