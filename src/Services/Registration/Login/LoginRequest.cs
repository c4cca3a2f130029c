namespace Kazynashylyk.Registration.Login;

/// <summary>
/// The answer to a challenge: a CMS over the nonce's bytes. <see cref="Role"/> chooses among the roles the signer
/// holds; <see cref="Login"/> chooses among several system users the same person is (one per client).
/// </summary>
public sealed record LoginRequest(Guid? ChallengeId, string? Cms, string? Role, string? Login);
