namespace Kazynashylyk.Registration.Users;

/// <summary>The client a head logged in for.</summary>
public sealed record MeClientResponse(Guid Id, string TreasuryCode, string Bin, string Name);
