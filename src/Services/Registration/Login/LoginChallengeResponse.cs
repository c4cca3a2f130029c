namespace Kazynashylyk.Registration.Login;

/// <summary>A login challenge: sign the nonce's bytes (base64-decoded) with your EDS before it expires.</summary>
public sealed record LoginChallengeResponse(Guid ChallengeId, string Nonce, DateTimeOffset ExpiresAt);
