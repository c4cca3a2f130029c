using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Registration;

/// <summary>
/// Talks to the Registration service through the gateway as a front-end would: submits registrations with unique
/// logins and treasury codes (the AppHost is shared by every test), signs with the repository's NCA test keys.
/// </summary>
public sealed class RegistrationClient(HttpClient gateway)
{
    /// <summary>ТЕСТТОВ ТЕСТТ, right to sign, IIN 123456789012, BIN 123456789021.</summary>
    public const string UserKey = "test-2026/legal/valid/employee_signright.p12";

    /// <summary>ТЕСТОВ ТЕСТ, first head of BIN 123456789021, IIN 123456789011.</summary>
    public const string HeadKey = "test-2026/legal/valid/head.p12";

    public const string UserIin = "123456789012";
    public const string TestBin = "123456789021";

    /// <summary>The treasury code every test uses for the NCA test organisation, so its client can be reused.</summary>
    public const string TestBinTreasuryCode = "KS1234";

    public HttpClient Gateway => gateway;

    public static string UniqueLogin() => $"e2e.{Guid.NewGuid():N}"[..20];

    public static string UniqueTreasuryCode() => $"E2E-{Guid.NewGuid():N}"[..16].ToUpperInvariant();

    /// <summary>
    /// Twelve random digits, never the NCA test organisation's BIN (checksums are off in development).
    /// </summary>
    public static string UniqueBin() =>
        $"7{RandomNumberGenerator.GetInt32(0, 1_000_000_000):D9}{RandomNumberGenerator.GetInt32(10, 100)}";

    public static object Body(
        string login,
        string iin = UserIin,
        string? bin = null,
        string? treasuryCode = null,
        string roleCode = "preparer",
        string termsVersion = "2026-1") => new
    {
        territorialUnitCode = "1001",
        roleCode,
        language = "ru",
        termsVersion,
        client = new
        {
            treasuryCode = treasuryCode ?? UniqueTreasuryCode(),
            bin = bin ?? UniqueBin(),
            name = "ГУ «Тестовое учреждение»",
            legalForm = "государственное учреждение",
            head = new
            {
                surname = "ТЕСТОВ",
                name = "ТЕСТ",
                patronymic = (string?)null,
                position = "Руководитель",
                email = "head@client.test",
                authorityBasis = "Положение",
            },
        },
        user = new
        {
            login,
            iin,
            surname = "ТЕСТТОВ",
            name = "ТЕСТТ",
            patronymic = (string?)null,
            position = "Бухгалтер",
            email = "user@client.test",
            phone = "+77011234567",
            identityDocument = new
            {
                kind = "id-card",
                series = (string?)null,
                number = "045123456",
                issuer = "МВД РК",
                issuedOn = "2020-05-14",
            },
        },
    };

    public Task<HttpResponseMessage> SubmitAsync(object body) =>
        gateway.PostAsJsonAsync("/api/registration/registrations", body);

    /// <summary>Submits and expects 201; returns the response body.</summary>
    public async Task<JsonElement> RegisterAsync(object body)
    {
        using var response = await SubmitAsync(body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Registration refused with {(int)response.StatusCode}: {json}");
        }

        return json;
    }

    public static byte[] FormBytesOf(JsonElement registration) =>
        Convert.FromBase64String(registration.GetProperty("form").GetProperty("document").GetString()!);

    public Task<HttpResponseMessage> SignFormAsync(Guid applicationId, string cms) =>
        gateway.PostAsJsonAsync($"/api/registration/registrations/{applicationId}/form-signature", new { cms });

    public async Task<JsonElement> ChallengeAsync()
    {
        using var response = await gateway.PostAsync("/api/registration/login/challenge", null);
        response.EnsureSuccessStatusCode();

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Takes a challenge, signs its nonce with <paramref name="p12"/> and logs in.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string p12, string? role = null, string? login = null)
    {
        var challenge = await ChallengeAsync();
        var nonce = Convert.FromBase64String(challenge.GetProperty("nonce").GetString()!);
        var cms = await TestPki.SignAsync(p12, nonce);

        return await gateway.PostAsJsonAsync("/api/registration/login", new
        {
            challengeId = challenge.GetProperty("challengeId").GetGuid(),
            cms,
            role,
            login,
        });
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        return await gateway.SendAsync(request);
    }

    /// <summary>The claims of a JWT, read without checking its signature.</summary>
    public static JsonElement ClaimsOf(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');

        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement;
    }
}
