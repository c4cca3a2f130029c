using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Registration;

[Collection(AppHostCollection.Name)]
public sealed class LoginTests(AppHostFixture fixture)
{
    private readonly RegistrationClient client = new(fixture.Gateway);

    [Fact]
    public async Task Login_PendingUser_ApplicantTokenWithTheIinsHmacNotTheIin()
    {
        var login = RegistrationClient.UniqueLogin();
        var bin = RegistrationClient.UniqueBin();
        var registration = await client.RegisterAsync(RegistrationClient.Body(login, bin: bin));
        var userId = registration.GetProperty("userId").GetGuid();

        using var response = await client.LoginAsync(RegistrationClient.UserKey, login: login);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("applicant", body.GetProperty("role").GetString());
        Assert.Equal(userId.ToString(), body.GetProperty("subject").GetString());
        var token = body.GetProperty("accessToken").GetString()!;
        var claims = RegistrationClient.ClaimsOf(token);
        Assert.Equal("applicant", claims.GetProperty("role").GetString());
        Assert.Equal(userId.ToString(), claims.GetProperty("sub").GetString());
        Assert.Equal(bin, claims.GetProperty("bin").GetString());
        Assert.Equal("kazynashylyk", claims.GetProperty("iss").GetString());
        Assert.Equal(43, claims.GetProperty("iin_hmac").GetString()!.Length);
        Assert.False(string.IsNullOrEmpty(claims.GetProperty("cert_serial").GetString()));
        Assert.DoesNotContain(RegistrationClient.UserIin, claims.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(RegistrationClient.UserIin, token, StringComparison.Ordinal);
        var lifetime = claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64();
        Assert.Equal(15 * 60, lifetime);

        using var me = await client.GetAsync("/api/registration/me", token);
        var meBody = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(login, meBody.GetProperty("user").GetProperty("login").GetString());
        Assert.Equal("pending", meBody.GetProperty("user").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Login_SameIinTwice_SameIinHmac()
    {
        var login = RegistrationClient.UniqueLogin();
        await client.RegisterAsync(RegistrationClient.Body(login));

        using var first = await client.LoginAsync(RegistrationClient.UserKey, login: login);
        using var second = await client.LoginAsync(RegistrationClient.UserKey, login: login);

        Assert.Equal(HmacOf(await first.Content.ReadFromJsonAsync<JsonElement>()),
            HmacOf(await second.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task Login_ReplayedChallenge_401()
    {
        var login = RegistrationClient.UniqueLogin();
        await client.RegisterAsync(RegistrationClient.Body(login));
        var challenge = await client.ChallengeAsync();
        var nonce = Convert.FromBase64String(challenge.GetProperty("nonce").GetString()!);
        var request = new
        {
            challengeId = challenge.GetProperty("challengeId").GetGuid(),
            cms = await TestPki.SignAsync(RegistrationClient.UserKey, nonce),
            login,
        };

        using var first = await fixture.Gateway.PostAsJsonAsync("/api/registration/login", request);
        using var replay = await fixture.Gateway.PostAsJsonAsync("/api/registration/login", request);
        var problem = await replay.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("The login challenge is not valid.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Login_UnknownChallenge_401()
    {
        using var response = await fixture.Gateway.PostAsJsonAsync("/api/registration/login",
            new { challengeId = Guid.NewGuid(), cms = "bm90IGEgc2lnbmF0dXJl" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_SignatureOverOtherBytes_401()
    {
        var challenge = await client.ChallengeAsync();

        using var response = await fixture.Gateway.PostAsJsonAsync("/api/registration/login", new
        {
            challengeId = challenge.GetProperty("challengeId").GetGuid(),
            cms = await TestPki.SignAsync(RegistrationClient.UserKey, "some other bytes"u8.ToArray()),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_GarbageCms_401Not500()
    {
        var challenge = await client.ChallengeAsync();

        using var response = await fixture.Gateway.PostAsJsonAsync("/api/registration/login", new
        {
            challengeId = challenge.GetProperty("challengeId").GetGuid(),
            cms = "%%% not a signature %%%",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_HeadOfARegisteredClient_ClientHeadWithTheBin()
    {
        // The NCA test organisation's client, shared by the tests that need it: one treasury code for its BIN.
        var registration = await client.RegisterAsync(RegistrationClient.Body(
            RegistrationClient.UniqueLogin(),
            iin: $"99{Random.Shared.Next(0, 1_000_000_000):D9}1",
            bin: RegistrationClient.TestBin,
            treasuryCode: RegistrationClient.TestBinTreasuryCode));
        var userId = registration.GetProperty("userId").GetGuid();

        using var response = await client.LoginAsync(RegistrationClient.HeadKey);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("client-head", body.GetProperty("role").GetString());
        var token = body.GetProperty("accessToken").GetString()!;
        var claims = RegistrationClient.ClaimsOf(token);
        Assert.Equal(RegistrationClient.TestBin, claims.GetProperty("bin").GetString());
        Assert.DoesNotContain("123456789011", claims.GetRawText(), StringComparison.Ordinal);

        using var user = await client.GetAsync($"/api/registration/users/{userId}", token);
        var userBody = await user.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, user.StatusCode);
        Assert.Equal(body.GetProperty("subject").GetString(), userBody.GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task Login_RoleNotHeld_403()
    {
        using var response = await client.LoginAsync(RegistrationClient.HeadKey, role: "treasury-operator");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("The signer may not log in.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetUser_AnotherApplicantsToken_404()
    {
        var mine = RegistrationClient.UniqueLogin();
        await client.RegisterAsync(RegistrationClient.Body(mine));
        var theirs = await client.RegisterAsync(RegistrationClient.Body(
            RegistrationClient.UniqueLogin(), iin: "990101300123"));
        using var login = await client.LoginAsync(RegistrationClient.UserKey, login: mine);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        using var response = await client.GetAsync(
            $"/api/registration/users/{theirs.GetProperty("userId").GetGuid()}", token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string HmacOf(JsonElement login) =>
        RegistrationClient.ClaimsOf(login.GetProperty("accessToken").GetString()!)
            .GetProperty("iin_hmac").GetString()!;
}
