namespace Kazynashylyk.Agreements.Agreements;

public sealed record UserPartyResponse(Guid UserId, string FullName);
