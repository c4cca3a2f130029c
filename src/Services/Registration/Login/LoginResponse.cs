namespace Kazynashylyk.Registration.Login;

/// <summary>A successful login: the bearer token, when it expires, and who the caller is to the platform.</summary>
public sealed record LoginResponse(string AccessToken, DateTimeOffset ExpiresAt, string Role, string Subject);
