namespace Kazynashylyk.Agreements.Agreements;

public sealed record ClientPartyResponse(string Bin, string Name, string HeadFullName);
