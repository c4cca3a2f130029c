namespace Kazynashylyk.Agreements.Agreements;

/// <summary>The parties by name.</summary>
public sealed record AgreementPartiesResponse(
    TreasuryPartyResponse Treasury,
    ClientPartyResponse Client,
    UserPartyResponse User);
