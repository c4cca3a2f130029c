namespace Kazynashylyk.Contracts.Agreements;

/// <summary>Everyone an agreement on the use of EDS names: the treasury unit, the client and the system user.</summary>
public sealed record AgreementParties
{
    public required TreasuryParty Treasury { get; init; }

    public required ClientParty Client { get; init; }

    public required UserParty User { get; init; }
}
