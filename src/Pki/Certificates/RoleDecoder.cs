using Kazynashylyk.Pki.Algorithms;

namespace Kazynashylyk.Pki.Certificates;

/// <summary>
/// Maps NCA extended key usage OIDs to the role names reports carry; certificates without them have no role.
/// </summary>
public static class RoleDecoder
{
    private static readonly (string Oid, string Role)[] Map =
    [
        (KazakhOids.EkuFirstHead, "FirstHead"),
        (KazakhOids.EkuRightToSign, "RightToSign"),
        (KazakhOids.EkuFinancialSigner, "FinancialSigner"),
        (KazakhOids.EkuHumanResources, "HumanResources"),
        (KazakhOids.EkuEmployee, "Employee"),
        (KazakhOids.EkuInformationSystem, "InformationSystem"),
        (KazakhOids.EkuTreasuryClientParticipant, "TreasuryClientParticipant"),
        (KazakhOids.EkuIndividual, "Individual"),
        (KazakhOids.EkuLegalEntity, "LegalEntity"),
    ];

    /// <summary>The roles the EKU OIDs grant, in a fixed order.</summary>
    public static IReadOnlyList<string> Decode(IReadOnlyList<string> extendedKeyUsage)
    {
        ArgumentNullException.ThrowIfNull(extendedKeyUsage);

        return Map.Where(m => extendedKeyUsage.Contains(m.Oid)).Select(m => m.Role).ToArray();
    }
}
