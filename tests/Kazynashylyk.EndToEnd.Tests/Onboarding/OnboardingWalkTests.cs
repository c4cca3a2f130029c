using System.Diagnostics;
using Aspire.Hosting.Testing;
using System.Net;
using System.Text.Json;
using Kazynashylyk.EndToEnd.Tests.Notifications;
using Kazynashylyk.Registration.Onboarding;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.EndToEnd.Tests.Onboarding;

/// <summary>
/// The demo's walk as a test: the NCA test organisation's employee becomes an active user on the strength of the
/// registration form and the agreement signed by the employee, the organisation's head and the treasury.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class OnboardingWalkTests(AppHostFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Onboarding_WithNcaTestKeys_EndsActiveWithAgreementInForceReportsAndBothEmails()
    {
        var driver = new OnboardingDriver(fixture);
        var people = new OnboardingPeople(fixture);
        var user = OnboardingPeople.NcaUser($"walk.{Guid.NewGuid():N}"[..24]);

        var onboarding = await driver.DraftAsync(user);
        Assert.Matches(@"^1001-2026-\d+$", onboarding.JournalNumber);

        var userToken = await driver.LoginAsync(user.Key, login: user.Login);
        await ExpectStateAsync(
            driver.SignAgreementAsync(onboarding.AgreementId, userToken, user.Key), "signed-by-user");
        var headToken = await driver.LoginAsync(OnboardingPeople.Head, PlatformRoles.ClientHead);
        await ExpectStateAsync(
            driver.SignAgreementAsync(onboarding.AgreementId, headToken, OnboardingPeople.Head), "signed-by-head");
        var operatorKey = people.Operator();
        var operatorToken = await driver.LoginAsync(operatorKey);
        var traceId = ActivityTraceId.CreateRandom();
        var traceParent = $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
        await ExpectStateAsync(
            driver.SignAgreementAsync(onboarding.AgreementId, operatorToken, operatorKey, traceParent: traceParent),
            "in-force");

        var registration = await driver.WaitForRegistrationAsync(
            onboarding.ApplicationId, r => r.GetProperty("userStatus").GetString() == "active");
        Assert.Equal("active", registration.GetProperty("status").GetString());
        Assert.Equal(onboarding.JournalNumber, registration.GetProperty("journalNumber").GetString());

        var agreement = await driver.GetAsync($"/api/agreements/{onboarding.AgreementId}", operatorToken);
        Assert.Equal("in-force", agreement.GetProperty("state").GetString());
        var signatures = agreement.GetProperty("signatures").EnumerateArray().ToList();
        Assert.Equal(["user", "head", "treasury"], signatures.Select(s => s.GetProperty("party").GetString()));
        foreach (var signature in signatures)
        {
            var report = await driver.GetAsync(
                $"/api/signatures/reports/{signature.GetProperty("reportId").GetGuid()}", operatorToken);
            Assert.Equal("TOTAL_PASSED", report.GetProperty("indication").GetString());
        }

        var completed = await WaitForOnboardingAsync(driver, onboarding.ApplicationId, operatorToken, "Completed");
        Assert.Equal(onboarding.AgreementId, completed.GetProperty("agreementId").GetGuid());

        using var mailbox = new Smtp4devMailbox(fixture.App.GetEndpoint("smtp4dev", "http"));
        var toUser = await mailbox.WaitForAsync(user.Email, 1, Patience);
        Assert.Equal("Treasury-Client: есептік жазбаңыз белсендірілді", Assert.Single(toUser).Subject);
        Assert.Contains(user.Login, await mailbox.PlainTextAsync(toUser[0]), StringComparison.Ordinal);
        Assert.Single(await HeadEmailsAboutAsync(mailbox, onboarding.JournalNumber));

        // One trace from the treasury's request through the bus to the user's e-mail.
        var delivery = await driver.GetAsync(
            $"/api/notifications/deliveries/{OnboardingIds.NotificationOf(
                onboarding.ApplicationId, OnboardingIds.UserActivated)}",
            operatorToken);
        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal(traceId.ToHexString(), delivery.GetProperty("traceId").GetString());
    }

    /// <summary>The head's e-mails that name the journal number (the head's address is shared by every test).</summary>
    public static async Task<List<ReceivedEmail>> HeadEmailsAboutAsync(Smtp4devMailbox mailbox, string journalNumber)
    {
        var found = new List<ReceivedEmail>();
        var deadline = DateTimeOffset.UtcNow + Patience;
        do
        {
            found.Clear();
            foreach (var email in await mailbox.ToAsync(OnboardingPeople.HeadEmail))
            {
                if ((await mailbox.PlainTextAsync(email)).Contains($"№ {journalNumber} ", StringComparison.Ordinal))
                {
                    found.Add(email);
                }
            }

            if (found.Count > 0)
            {
                return found;
            }

            await Task.Delay(500);
        }
        while (DateTimeOffset.UtcNow < deadline);

        return found;
    }

    public static async Task<JsonElement> WaitForOnboardingAsync(
        OnboardingDriver driver, Guid onboardingId, string token, string state)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var onboarding = await driver.GetAsync($"/api/registration/onboardings/{onboardingId}", token);
            if (onboarding.GetProperty("state").GetString() == state || DateTimeOffset.UtcNow > deadline)
            {
                Assert.Equal(state, onboarding.GetProperty("state").GetString());

                return onboarding;
            }

            await Task.Delay(250);
        }
    }

    private static async Task ExpectStateAsync(Task<HttpResponseMessage> signing, string state)
    {
        using var response = await signing;
        var agreement = await OnboardingDriver.ReadAsync(response, HttpStatusCode.OK);
        Assert.Equal(state, agreement.GetProperty("state").GetString());
    }
}
