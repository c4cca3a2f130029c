using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Agreements;

/// <summary>
/// Access tokens for the parties of an agreement, as the platform issues them (HS256, issuer and audience
/// "kazynashylyk"), with the role and the BIN or unit claims, signed with the AppHost's development key.
/// </summary>
public static class AgreementTokens
{
    private static readonly Lazy<byte[]> DevelopmentKey = new(ReadDevelopmentKey);

    public static string Applicant(Guid userId) => Sign(userId, "applicant", null, null);

    public static string ClientHead(string bin) => Sign(Guid.NewGuid(), "client-head", bin, null);

    public static string TreasuryOperator(string unit) => Sign(Guid.NewGuid(), "treasury-operator", null, unit);

    private static string Sign(Guid userId, string role, string? bin, string? unit)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = userId.ToString(),
            ["role"] = role,
            ["iss"] = "kazynashylyk",
            ["aud"] = "kazynashylyk",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        };
        if (bin is not null)
        {
            claims["bin"] = bin;
        }

        if (unit is not null)
        {
            claims["unit"] = unit;
        }

        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["alg"] = "HS256",
            ["typ"] = "JWT",
        }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signed = Encoding.ASCII.GetBytes($"{header}.{payload}");
        var signature = Encode(HMACSHA256.HashData(DevelopmentKey.Value, signed));

        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] ReadDevelopmentKey()
    {
        var settings = Path.Combine(
            Path.GetDirectoryName(Path.GetDirectoryName(TestPki.PathOf("x")))!, "src", "AppHost", "appsettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(settings));
        var key = json.RootElement.GetProperty("Parameters").GetProperty("jwt-signing-key").GetString()!;

        return Encoding.UTF8.GetBytes(key);
    }
}
