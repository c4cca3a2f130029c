using System.Net;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.EndToEnd.Tests.Onboarding;

/// <summary>
/// A wrong signer or a wrong document is refused with a ProblemDetails that says why, and the agreement stays as
/// it was: same state, same signatures.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class OnboardingRefusalTests(AppHostFixture fixture)
{
    private readonly OnboardingDriver driver = new(fixture);
    private readonly OnboardingPeople people = new(fixture);

    [Fact]
    public async Task HeadSignature_WithRevokedHeadKey_Is422AndAgreementUnchanged()
    {
        var onboarding = await SignedByUserAsync();
        var headToken = await driver.LoginAsync(OnboardingPeople.Head, PlatformRoles.ClientHead);

        using var response = await driver.SignAgreementAsync(
            onboarding.AgreementId, headToken, OnboardingPeople.RevokedHead);

        var problem = await OnboardingDriver.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("INDETERMINATE", problem.GetProperty("indication").GetString());
        Assert.Equal("REVOKED_NO_POE", problem.GetProperty("subIndication").GetString());
        await AssertUnchangedAsync(onboarding, headToken, "signed-by-user", 1);
    }

    [Fact]
    public async Task UserSignature_WithKeyOfAnotherIin_Is403SignerNotUserAndAgreementUnchanged()
    {
        var onboarding = await driver.DraftAsync(people.NewEmployee(NewLogin()));
        var userToken = await driver.LoginAsync(onboarding.User.Key, login: onboarding.User.Login);

        using var response = await driver.SignAgreementAsync(
            onboarding.AgreementId, userToken, OnboardingPeople.Head);

        var problem = await OnboardingDriver.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("signer-not-user", problem.GetProperty("reason").GetString());
        await AssertUnchangedAsync(onboarding, userToken, "draft", 0);
    }

    [Fact]
    public async Task HeadSignature_ByFirstHeadOfAnotherBin_Is403BinMismatchAndAgreementUnchanged()
    {
        var onboarding = await SignedByUserAsync();
        var headToken = await driver.LoginAsync(OnboardingPeople.Head, PlatformRoles.ClientHead);

        using var response = await driver.SignAgreementAsync(
            onboarding.AgreementId, headToken, people.OtherOrganisationHead());

        var problem = await OnboardingDriver.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("bin-mismatch", problem.GetProperty("reason").GetString());
        await AssertUnchangedAsync(onboarding, headToken, "signed-by-user", 1);
    }

    [Fact]
    public async Task UserSignature_WithExpiredLegacyKey_Is422OutOfBoundsAndAgreementUnchanged()
    {
        var onboarding = await driver.DraftAsync(people.NewEmployee(NewLogin()));
        var userToken = await driver.LoginAsync(onboarding.User.Key, login: onboarding.User.Login);

        using var response = await driver.SignAgreementAsync(
            onboarding.AgreementId, userToken, OnboardingPeople.ExpiredLegacy);

        var problem = await OnboardingDriver.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("INDETERMINATE", problem.GetProperty("indication").GetString());
        Assert.Equal("OUT_OF_BOUNDS_NO_POE", problem.GetProperty("subIndication").GetString());
        await AssertUnchangedAsync(onboarding, userToken, "draft", 0);
    }

    [Fact]
    public async Task UserSignature_OverTamperedDocument_Is422HashFailureAndAgreementUnchanged()
    {
        var onboarding = await driver.DraftAsync(people.NewEmployee(NewLogin()));
        var userToken = await driver.LoginAsync(onboarding.User.Key, login: onboarding.User.Login);

        using var response = await driver.SignAgreementAsync(
            onboarding.AgreementId, userToken, onboarding.User.Key, Tamper);

        var problem = await OnboardingDriver.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("TOTAL_FAILED", problem.GetProperty("indication").GetString());
        Assert.Equal("HASH_FAILURE", problem.GetProperty("subIndication").GetString());
        await AssertUnchangedAsync(onboarding, userToken, "draft", 0);
    }

    [Fact]
    public async Task AgreementSignature_WithoutToken_Is401AndForgedTokenToo()
    {
        var onboarding = await driver.DraftAsync(people.NewEmployee(NewLogin()));
        var cms = await OnboardingDriver.SignAsync(onboarding.User.Key, OnboardingDriver.Utf8("{}"));

        foreach (var token in new string?[] { null, Security.TestTokens.Forged(onboarding.UserId) })
        {
            using var response = await driver.SendAsync(
                HttpMethod.Post, $"/api/agreements/{onboarding.AgreementId}/signatures", new { cms }, token);

            await OnboardingDriver.ProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        var userToken = await driver.LoginAsync(onboarding.User.Key, login: onboarding.User.Login);
        await AssertUnchangedAsync(onboarding, userToken, "draft", 0);
    }

    private async Task<OnboardingInProgress> SignedByUserAsync()
    {
        var onboarding = await driver.DraftAsync(people.NewEmployee(NewLogin()));
        var userToken = await driver.LoginAsync(onboarding.User.Key, login: onboarding.User.Login);
        using var signed = await driver.SignAgreementAsync(onboarding.AgreementId, userToken, onboarding.User.Key);
        await OnboardingDriver.ReadAsync(signed, HttpStatusCode.OK);

        return onboarding;
    }

    private async Task AssertUnchangedAsync(OnboardingInProgress onboarding, string token, string state, int count)
    {
        var agreement = await driver.GetAsync($"/api/agreements/{onboarding.AgreementId}", token);
        Assert.Equal(state, agreement.GetProperty("state").GetString());
        Assert.Equal(count, agreement.GetProperty("signatures").GetArrayLength());
    }

    private static byte[] Tamper(byte[] document)
    {
        var copy = (byte[])document.Clone();
        copy[^2] ^= 0x01;

        return copy;
    }

    private static string NewLogin() => $"refusal.{Guid.NewGuid():N}"[..24];
}
