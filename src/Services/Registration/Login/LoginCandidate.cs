namespace Kazynashylyk.Registration.Login;

/// <summary>One way the signer may log in: as whom (<see cref="Subject"/>) and in which platform role.</summary>
public sealed record LoginCandidate(string Role, Guid Subject, string? Bin, string? UnitCode);
