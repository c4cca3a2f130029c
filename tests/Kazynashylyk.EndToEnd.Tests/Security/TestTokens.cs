using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.EndToEnd.Tests.Security;

/// <summary>
/// Access tokens as the platform issues them (HS256, issuer and audience "kazynashylyk", the claims of
/// <see cref="PlatformJwt"/>), signed with the AppHost's development key, read from its appsettings.json. Written
/// by hand, independent of the library that validates them.
/// </summary>
public static class TestTokens
{
    private static readonly Lazy<byte[]> DevelopmentKey = new(ReadDevelopmentKey);

    /// <summary>
    /// A token of <paramref name="role"/> (a client's user by default) for the NCA test pack's employee:
    /// BIN <see cref="TestTokenClaims.TestPackBin"/>, the HMAC of IIN <see cref="TestTokenClaims.TestPackIin"/>.
    /// </summary>
    public static string For(Guid userId, string role = PlatformRoles.ClientUser) =>
        Issue(ClientClaims(userId, role));

    /// <summary>A treasury operator of territorial unit <paramref name="unitCode"/>; operators carry no BIN.</summary>
    public static string Operator(Guid userId, string unitCode) => Issue(new TestTokenClaims
    {
        UserId = userId,
        Role = PlatformRoles.TreasuryOperator,
        IinHmac = IinHmacOf("870101300123"),
        CertificateSerial = "5a0c3e21f4d0a7b96e2c1d8f",
        Unit = unitCode,
    });

    /// <summary>A token that looks right but is signed with a key the platform does not know.</summary>
    public static string Forged(Guid userId) => Sign(
        ClientClaims(userId, PlatformRoles.ClientUser),
        Encoding.UTF8.GetBytes("not-the-platform-key-but-long-enough"));

    /// <summary>Expired five minutes ago, beyond the 30 seconds of clock skew the platform accepts.</summary>
    public static string Expired(Guid userId) =>
        Issue(ClientClaims(userId, PlatformRoles.ClientUser) with { Lifetime = TimeSpan.FromMinutes(-5) });

    /// <summary>Signs <paramref name="claims"/> with the development key.</summary>
    public static string Issue(TestTokenClaims claims) => Sign(claims, DevelopmentKey.Value);

    /// <summary>
    /// The <c>iin_hmac</c> claim of an IIN: HMAC-SHA256 under the development signing key, base64url. It stands for
    /// the server's own HMAC; a test comparing it with a service's value must give that service the same key.
    /// </summary>
    public static string IinHmacOf(string iin) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(DevelopmentKey.Value, Encoding.UTF8.GetBytes(iin)));

    private static TestTokenClaims ClientClaims(Guid userId, string role) => new()
    {
        UserId = userId,
        Role = role,
        IinHmac = IinHmacOf(TestTokenClaims.TestPackIin),
        Bin = TestTokenClaims.TestPackBin,
        CertificateSerial = "3c1f6a0e9b2d47c8a1e5f0b6",
    };

    private static string Sign(TestTokenClaims claims, byte[] key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var expires = now + (long)claims.Lifetime.TotalSeconds;
        var issued = Math.Min(now, expires - 60);
        var payload = new Dictionary<string, object>
        {
            [PlatformJwt.UserIdClaim] = claims.UserId.ToString(),
            [PlatformJwt.RoleClaim] = claims.Role,
            ["iss"] = claims.Issuer,
            ["aud"] = claims.Audience,
            ["iat"] = issued,
            ["nbf"] = issued,
            ["exp"] = expires,
        };
        AddIfPresent(payload, PlatformJwt.IinHmacClaim, claims.IinHmac);
        AddIfPresent(payload, PlatformJwt.BinClaim, claims.Bin);
        AddIfPresent(payload, PlatformJwt.CertificateSerialClaim, claims.CertificateSerial);
        AddIfPresent(payload, PlatformJwt.UnitClaim, claims.Unit);

        var header = new Dictionary<string, object> { ["alg"] = "HS256", ["typ"] = "JWT" };
        var unsigned = $"{Encode(header)}.{Encode(payload)}";
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned));

        return $"{unsigned}.{Base64Url.EncodeToString(signature)}";
    }

    private static void AddIfPresent(Dictionary<string, object> payload, string claim, string? value)
    {
        if (value is not null)
        {
            payload[claim] = value;
        }
    }

    private static string Encode(Dictionary<string, object> json) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(json));

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
