namespace Kazynashylyk.Agreements.Agreements;

public sealed record TreasuryPartyResponse(string UnitCode, string Name);
