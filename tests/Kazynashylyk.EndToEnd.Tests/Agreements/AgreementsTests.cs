using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Kazynashylyk.Contracts.Registration;

namespace Kazynashylyk.EndToEnd.Tests.Agreements;

[Collection(AppHostCollection.Name)]
public sealed class AgreementsTests(AppHostFixture fixture) : IAsyncLifetime
{
    private const string UserKey = "test-2026/legal/valid/employee_signright.p12";
    private const string HeadKey = "test-2026/legal/valid/head.p12";
    private const string RevokedHeadKey = "test-2026/legal/revoked/head.p12";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private AgreementsBus bus = null!;
    private HttpClient http = null!;
    private AgreementsClient client = null!;

    public async Task InitializeAsync()
    {
        bus = await AgreementsBus.StartAsync(await fixture.ConnectionStringAsync("rabbitmq"));
        http = fixture.App.CreateHttpClient("agreements-api", "http");
        http.Timeout = TimeSpan.FromMinutes(2);
        client = new AgreementsClient(http);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await bus.DisposeAsync();
    }

    [Fact]
    public async Task DraftAgreement_SentTwice_OneAgreementNumberedFromTheUnitsJournal()
    {
        var userId = Guid.NewGuid();
        var unit = AgreementCommands.NewUnitCode();
        var command = AgreementCommands.Draft(userId, unit);
        await bus.SendAsync(command);
        await bus.SendAsync(command);
        var token = AgreementTokens.Applicant(userId);

        var agreement = await client.WaitForAsync(command.AgreementId, token, Patience);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var (status, list) = await client.GetAsync($"/api/agreements?onboardingId={command.OnboardingId}", token);
        var document = await client.DocumentAsync(command.AgreementId, token);
        var kazakh = await client.TextAsync(command.AgreementId, "kk", token);
        var russian = await client.TextAsync(command.AgreementId, "ru", token);

        Assert.NotNull(agreement);
        Assert.Equal(HttpStatusCode.OK, status);
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal($"{unit}-{DateTime.UtcNow.AddHours(5).Year}-1", only.GetProperty("journalNumber").GetString());
        Assert.Equal("draft", only.GetProperty("state").GetString());
        Assert.Equal("user", only.GetProperty("awaiting").GetString());
        Assert.Equal("Нурланов Асет Серикович",
            only.GetProperty("parties").GetProperty("user").GetProperty("fullName").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(document)),
            only.GetProperty("documentSha256").GetString());
        Assert.StartsWith("{\"client\":{\"authorityBasis\":\"Устав\",", Encoding.UTF8.GetString(document));
        Assert.Contains($"№ {unit}-", kazakh, StringComparison.Ordinal);
        Assert.Contains("КЕЛІСІМ", kazakh, StringComparison.Ordinal);
        Assert.Contains("СОГЛАШЕНИЕ", russian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftAgreement_ElevenDigitBin_RefusedWithTheReason()
    {
        var command = AgreementCommands.Draft(Guid.NewGuid(), AgreementCommands.NewUnitCode(), bin: "12345678902");
        await bus.SendAsync(command);

        var refusal = await bus.WaitForRefusalAsync(command.AgreementId, Patience);
        var (status, _) = await client.GetAsync(
            $"/api/agreements/{command.AgreementId}", AgreementTokens.Applicant(command.Parties.User.UserId));

        Assert.NotNull(refusal);
        Assert.Equal("The client's BIN must be 12 digits.", refusal.Reason);
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Sign_UserThenHead_SignedByHeadWithBothSignatures()
    {
        var (agreementId, userToken, document) = await DraftAsync();
        var headToken = AgreementTokens.ClientHead(AgreementCommands.Bin);

        var (userStatus, afterUser) = await client.SignAsync(
            agreementId, userToken, await TestPki.SignAsync(UserKey, document));
        var (headStatus, afterHead) = await client.SignAsync(
            agreementId, headToken, await TestPki.SignAsync(HeadKey, document, detached: true));

        Assert.True(userStatus == HttpStatusCode.OK, afterUser.ToString());
        Assert.Equal("signed-by-user", afterUser.GetProperty("state").GetString());
        Assert.True(headStatus == HttpStatusCode.OK, afterHead.ToString());
        Assert.Equal("signed-by-head", afterHead.GetProperty("state").GetString());
        Assert.Equal("treasury", afterHead.GetProperty("awaiting").GetString());
        var signatures = afterHead.GetProperty("signatures").EnumerateArray().ToList();
        Assert.Equal(["user", "head"], signatures.Select(s => s.GetProperty("party").GetString()));
        Assert.All(signatures, s => Assert.NotEqual(Guid.Empty, s.GetProperty("reportId").GetGuid()));
        Assert.All(signatures, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("certificateSerial").GetString())));
    }

    [Fact]
    public async Task Sign_SameUserTwiceAtOnce_One200AndOne409()
    {
        var (agreementId, userToken, document) = await DraftAsync();
        var cms = await TestPki.SignAsync(UserKey, document);

        var results = await Task.WhenAll(
            client.SignAsync(agreementId, userToken, cms), client.SignAsync(agreementId, userToken, cms));
        var (_, after) = await client.GetAsync($"/api/agreements/{agreementId}", userToken);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Conflict],
            results.Select(r => r.Status).Order());
        Assert.Equal("signed-by-user", after.GetProperty("state").GetString());
        Assert.Single(after.GetProperty("signatures").EnumerateArray());
    }

    [Fact]
    public async Task Sign_HeadBeforeUser_409SayingTheUserIsAwaited()
    {
        var (agreementId, _, document) = await DraftAsync();

        var (status, problem) = await client.SignAsync(agreementId, AgreementTokens.ClientHead(AgreementCommands.Bin),
            await TestPki.SignAsync(HeadKey, document));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("user", problem.GetProperty("awaiting").GetString());
        Assert.Equal("The agreement awaits the user's signature first; the head signs after it.",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Sign_UserSignatureMadeWithTheHeadsKey_403SignerNotUser()
    {
        var (agreementId, userToken, document) = await DraftAsync();

        var (status, problem) = await client.SignAsync(
            agreementId, userToken, await TestPki.SignAsync(HeadKey, document));
        var (_, after) = await client.GetAsync($"/api/agreements/{agreementId}", userToken);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("signer-not-user", problem.GetProperty("reason").GetString());
        Assert.Equal("draft", after.GetProperty("state").GetString());
        Assert.Empty(after.GetProperty("signatures").EnumerateArray());
    }

    [Fact]
    public async Task Sign_DetachedOverDocumentChangedByOneByte_422HashFailure()
    {
        var (agreementId, userToken, document) = await DraftAsync();
        var tampered = document.ToArray();
        tampered[^2] ^= 0x01;

        var (status, problem) = await client.SignAsync(
            agreementId, userToken, await TestPki.SignAsync(UserKey, tampered, detached: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("TOTAL_FAILED", problem.GetProperty("indication").GetString());
        Assert.Equal("HASH_FAILURE", problem.GetProperty("subIndication").GetString());
        Assert.NotEqual(Guid.Empty, problem.GetProperty("reportId").GetGuid());
    }

    [Fact]
    public async Task Sign_AttachedOverOtherBytes_422ContentConflict()
    {
        var (agreementId, userToken, _) = await DraftAsync();

        var (status, problem) = await client.SignAsync(
            agreementId, userToken, await TestPki.SignAsync(UserKey, Encoding.UTF8.GetBytes("{\"other\":\"1\"}")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("ContentConflict", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Sign_RevokedHeadAfterUser_422RevokedAndStateUnchanged()
    {
        var (agreementId, userToken, document) = await DraftAsync();
        var (userStatus, _) = await client.SignAsync(
            agreementId, userToken, await TestPki.SignAsync(UserKey, document));

        var (status, problem) = await client.SignAsync(agreementId, AgreementTokens.ClientHead(AgreementCommands.Bin),
            await TestPki.SignAsync(RevokedHeadKey, document, detached: true));
        var (_, after) = await client.GetAsync($"/api/agreements/{agreementId}", userToken);

        Assert.Equal(HttpStatusCode.OK, userStatus);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);

        // Without a signature timestamp the revocation before "now" cannot be proven to follow the signing, so
        // the verdict is INDETERMINATE / REVOKED_NO_POE rather than TOTAL_FAILED / REVOKED.
        Assert.Equal("INDETERMINATE", problem.GetProperty("indication").GetString());
        Assert.Equal("REVOKED_NO_POE", problem.GetProperty("subIndication").GetString());
        Assert.Equal("signed-by-user", after.GetProperty("state").GetString());
        Assert.Single(after.GetProperty("signatures").EnumerateArray());
    }

    [Fact]
    public async Task Get_AnotherUserHeadOfAnotherClientOrOperatorOfAnotherUnit_404()
    {
        var (agreementId, _, _) = await DraftAsync();
        var path = $"/api/agreements/{agreementId}";

        var (otherUser, _) = await client.GetAsync(path, AgreementTokens.Applicant(Guid.NewGuid()));
        var (otherHead, _) = await client.GetAsync(path, AgreementTokens.ClientHead("999999999999"));
        var (otherUnit, _) = await client.GetAsync(path, AgreementTokens.TreasuryOperator("Z0000000"));
        var (theHead, _) = await client.GetAsync(path, AgreementTokens.ClientHead(AgreementCommands.Bin));

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK],
            new[] { otherUser, otherHead, otherUnit, theHead });
    }

    [Fact]
    public async Task Sign_GarbageEmptyOrUnreadableBody_400()
    {
        var (agreementId, userToken, _) = await DraftAsync();

        var (garbage, problem) = await client.SignAsync(agreementId, userToken, "bm90IGEgc2lnbmF0dXJl");
        var (empty, _) = await client.SignAsync(
            agreementId, userToken, new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        var (badJson, _) = await client.SignAsync(
            agreementId, userToken, new StringContent("{\"cms\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, garbage);
        Assert.Equal("The CMS must be base64 of the DER bytes, or PEM, of a CMS SignedData.",
            problem.GetProperty("errors").GetProperty("cms")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Equal(HttpStatusCode.BadRequest, badJson);
    }

    [Fact]
    public async Task OnboardingEnded_DraftAgreement_CancelledWithTheReasonAndTakesNoSignature()
    {
        var (agreementId, userToken, document) = await DraftAsync();
        var (_, drafted) = await client.GetAsync($"/api/agreements/{agreementId}", userToken);
        await bus.PublishAsync(new OnboardingEnded
        {
            OnboardingId = drafted.GetProperty("onboardingId").GetGuid(),
            UserId = drafted.GetProperty("parties").GetProperty("user").GetProperty("userId").GetGuid(),
            AgreementId = agreementId,
            Outcome = "expired",
            Reason = "The onboarding expired before every party signed.",
            EndedAt = DateTimeOffset.UtcNow,
        });

        var cancelled = await WaitForStateAsync(agreementId, userToken, "cancelled");
        var (status, problem) = await client.SignAsync(
            agreementId, userToken, await TestPki.SignAsync(UserKey, document));

        Assert.NotNull(cancelled);
        Assert.Equal("The onboarding expired before every party signed.",
            cancelled.Value.GetProperty("cancelReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("cancelled", problem.GetProperty("state").GetString());
    }

    private async Task<(Guid AgreementId, string UserToken, byte[] Document)> DraftAsync()
    {
        var userId = Guid.NewGuid();
        var command = AgreementCommands.Draft(userId, AgreementCommands.NewUnitCode());
        await bus.SendAsync(command);
        var token = AgreementTokens.Applicant(userId);
        Assert.NotNull(await client.WaitForAsync(command.AgreementId, token, Patience));

        return (command.AgreementId, token, await client.DocumentAsync(command.AgreementId, token));
    }

    private async Task<JsonElement?> WaitForStateAsync(Guid agreementId, string token, string state)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var (_, body) = await client.GetAsync($"/api/agreements/{agreementId}", token);
            if (body.ValueKind == JsonValueKind.Object && body.GetProperty("state").GetString() == state)
            {
                return body;
            }

            await Task.Delay(250);
        }

        return null;
    }
}
