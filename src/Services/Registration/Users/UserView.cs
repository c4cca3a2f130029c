namespace Kazynashylyk.Registration.Users;

/// <summary>A system user and who may see them.</summary>
internal sealed record UserView(SystemUserResponse Response, string ClientBin, IReadOnlyList<string> UnitCodes);
