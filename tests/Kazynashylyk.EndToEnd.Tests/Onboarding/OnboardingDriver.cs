using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Keys;
using Microsoft.Extensions.Time.Testing;

namespace Kazynashylyk.EndToEnd.Tests.Onboarding;

/// <summary>
/// Walks onboardings through the gateway the way a front-end would: registration, the form's signature, EDS
/// login, the agreement's three signatures. Every signature is a CMS made with a real key at
/// <see cref="TestPki.PinnedTime"/>.
/// </summary>
public sealed class OnboardingDriver(AppHostFixture fixture)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The gateway without a token of its own: each call carries the token the walk obtained.</summary>
    public HttpClient Gateway => fixture.AnonymousGateway;

    /// <summary>Submits a registration of <paramref name="user"/> for the NCA test organisation (201).</summary>
    public async Task<JsonElement> SubmitAsync(OnboardingPerson user, string? idempotencyKey = null)
    {
        using var response = await SendAsync(
            HttpMethod.Post, "/api/registration/registrations", OnboardingPeople.Registration(user), null,
            idempotencyKey);

        return await ReadAsync(response, HttpStatusCode.Created);
    }

    /// <summary>Signs the submitted form with <paramref name="signer"/> and posts the signature.</summary>
    public async Task<HttpResponseMessage> SignFormAsync(JsonElement submitted, SigningIdentity signer)
    {
        var form = Convert.FromBase64String(submitted.GetProperty("form").GetProperty("document").GetString()!);
        var cms = await SignAsync(signer, form);

        return await SendAsync(
            HttpMethod.Post,
            $"/api/registration/registrations/{ApplicationIdOf(submitted)}/form-signature",
            new { cms },
            null);
    }

    /// <summary>Registers the person, signs the form and waits until the agreement is drafted.</summary>
    public async Task<OnboardingInProgress> DraftAsync(OnboardingPerson user)
    {
        var submitted = await SubmitAsync(user);
        using (var signed = await SignFormAsync(submitted, user.Key))
        {
            await ReadAsync(signed, HttpStatusCode.OK);
        }

        var application = ApplicationIdOf(submitted);
        var drafted = await WaitForRegistrationAsync(
            application, r => r.GetProperty("agreementId").ValueKind == JsonValueKind.String);

        return new OnboardingInProgress(
            application,
            submitted.GetProperty("userId").GetGuid(),
            drafted.GetProperty("agreementId").GetGuid(),
            drafted.GetProperty("journalNumber").GetString()!,
            user);
    }

    /// <summary>Logs in with an EDS over a fresh challenge and returns the access token.</summary>
    public async Task<string> LoginAsync(SigningIdentity key, string? role = null, string? login = null)
    {
        var (challengeId, nonce) = await ChallengeAsync();
        using var response = await SendAsync(
            HttpMethod.Post,
            "/api/registration/login",
            new { challengeId, cms = await SignAsync(key, nonce), role, login },
            null);

        return (await ReadAsync(response, HttpStatusCode.OK)).GetProperty("accessToken").GetString()!;
    }

    public async Task<(Guid ChallengeId, byte[] Nonce)> ChallengeAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/registration/login/challenge", new { }, null);
        var challenge = await ReadAsync(response, HttpStatusCode.OK);

        return (challenge.GetProperty("challengeId").GetGuid(),
            Convert.FromBase64String(challenge.GetProperty("nonce").GetString()!));
    }

    /// <summary>The agreement's canonical bytes, as the party with <paramref name="token"/> reads them.</summary>
    public async Task<byte[]> AgreementDocumentAsync(Guid agreementId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/agreements/{agreementId}/document");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>
    /// Signs the agreement's document with <paramref name="signer"/> (after <paramref name="tamper"/>, when given)
    /// and posts the signature with <paramref name="token"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SignAgreementAsync(
        Guid agreementId,
        string token,
        SigningIdentity signer,
        Func<byte[], byte[]>? tamper = null,
        string? traceParent = null)
    {
        var document = await AgreementDocumentAsync(agreementId, token);
        var signed = tamper is null ? document : tamper(document);
        var cms = await SignAsync(signer, signed, detached: tamper is not null);

        return await SendAsync(
            HttpMethod.Post, $"/api/agreements/{agreementId}/signatures", new { cms }, token, null, traceParent);
    }

    public async Task<JsonElement> GetAsync(string path, string? token = null)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, token);

        return await ReadAsync(response, HttpStatusCode.OK);
    }

    /// <summary>Polls the registration until <paramref name="until"/> holds; fails with the last state.</summary>
    public async Task<JsonElement> WaitForRegistrationAsync(
        Guid applicationId,
        Func<JsonElement, bool> until,
        TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? StepTimeout);
        while (true)
        {
            var state = await GetAsync($"/api/registration/registrations/{applicationId}");
            if (until(state))
            {
                return state;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"The registration did not reach the expected state; last: {state}");
            }

            await Task.Delay(250);
        }
    }

    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        object? body,
        string? token,
        string? idempotencyKey = null,
        string? traceParent = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }

        return await Gateway.SendAsync(request);
    }

    /// <summary>The body as JSON, after checking the status (the body is shown when the status is wrong).</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {text}");

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A ProblemDetails answer: its status and the whole body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        return await ReadAsync(response, expected);
    }

    public static Guid ApplicationIdOf(JsonElement submitted) => submitted.GetProperty("applicationId").GetGuid();

    public static async Task<string> SignAsync(SigningIdentity key, byte[] content, bool detached = false)
    {
        var signer = new CmsSigner(new FakeTimeProvider(TestPki.PinnedTime));

        return Convert.ToBase64String(
            await signer.SignAsync(key, content, new CmsSignOptions { Detached = detached }));
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
