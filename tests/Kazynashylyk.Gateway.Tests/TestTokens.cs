using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kazynashylyk.Gateway.Tests;

/// <summary>
/// HS256 access tokens written by hand, independent of the library that validates them: by default as the
/// platform issues them (issuer and audience <c>kazynashylyk</c>, ten minutes), signed with
/// <see cref="SigningKey"/>, which <see cref="GatewayHost"/> configures.
/// </summary>
public static class TestTokens
{
    public const string SigningKey = "gateway-tests-signing-key-of-at-least-32-bytes";

    public static string Valid(Guid userId) => Sign(userId, SigningKey, "kazynashylyk", TimeSpan.FromMinutes(10));

    public static string Forged(Guid userId) =>
        Sign(userId, "some-other-key-of-at-least-thirty-two-bytes", "kazynashylyk", TimeSpan.FromMinutes(10));

    /// <summary>Expired five minutes ago, well beyond the accepted clock skew of 30 seconds.</summary>
    public static string Expired(Guid userId) =>
        Sign(userId, SigningKey, "kazynashylyk", TimeSpan.FromMinutes(-5));

    public static string WrongIssuer(Guid userId) =>
        Sign(userId, SigningKey, "someone-else", TimeSpan.FromMinutes(10));

    private static string Sign(Guid userId, string key, string issuer, TimeSpan expiresIn)
    {
        var expires = DateTimeOffset.UtcNow.Add(expiresIn).ToUnixTimeSeconds();
        var issued = Math.Min(DateTimeOffset.UtcNow.ToUnixTimeSeconds(), expires - 60);
        var header = Encode(new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" });
        var payload = Encode(new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["role"] = "client-user",
            ["iss"] = issuer,
            ["aud"] = "kazynashylyk",
            ["iat"] = issued,
            ["nbf"] = issued,
            ["exp"] = expires,
        });
        var signature = HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{header}.{payload}"));

        return $"{header}.{payload}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(Dictionary<string, object> json) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(json));
}
