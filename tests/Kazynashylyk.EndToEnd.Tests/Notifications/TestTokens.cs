using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Notifications;

/// <summary>
/// Access tokens as the platform issues them (HS256, issuer and audience "kazynashylyk", the user id in
/// <c>sub</c>), signed with the AppHost's development key, read from its appsettings.json.
/// </summary>
public static class TestTokens
{
    private static readonly Lazy<byte[]> DevelopmentKey = new(ReadDevelopmentKey);

    public static string For(Guid userId) => Sign(userId, DevelopmentKey.Value);

    /// <summary>A token that looks right but is signed with a key the platform does not know.</summary>
    public static string Forged(Guid userId) =>
        Sign(userId, Encoding.UTF8.GetBytes("not-the-platform-key-but-long-enough-for-hs256"));

    private static string Sign(Guid userId, byte[] key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["alg"] = "HS256",
            ["typ"] = "JWT",
        }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["iss"] = "kazynashylyk",
            ["aud"] = "kazynashylyk",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        }));
        var signature = Encode(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes($"{header}.{payload}")));

        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] ReadDevelopmentKey()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kazynashylyk.sln")))
        {
            directory = directory.Parent;
        }

        var settings = Path.Combine(
            directory?.FullName ?? throw new InvalidOperationException("The repository root was not found."),
            "src", "AppHost", "appsettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(settings));
        var key = json.RootElement.GetProperty("Parameters").GetProperty("jwt-signing-key").GetString()!;

        return Encoding.UTF8.GetBytes(key);
    }
}
