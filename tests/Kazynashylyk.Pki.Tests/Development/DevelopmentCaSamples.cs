using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Development;

namespace Kazynashylyk.Pki.Tests.Development;

/// <summary>Holders the development CA issues to in tests.</summary>
internal static class DevelopmentCaSamples
{
    /// <summary>The head of another organisation than the NCA test pack's (BIN 123456789021).</summary>
    public static DevelopmentIdentity FirstHead { get; } = new()
    {
        Surname = "БАСШЫЕВ",
        Name = "БАСШЫ",
        Patronymic = "БАСШЫҰЛЫ",
        Iin = "880202300456",
        Bin = "050540000782",
        Organization = "ТОО \"ДАМУ\"",
        RoleOids = [KazakhOids.EkuLegalEntity, KazakhOids.EkuFirstHead],
    };
}
