using System.Net;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Kazynashylyk.EndToEnd.Tests.Notifications;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.EndToEnd.Tests.Onboarding;

/// <summary>
/// Onboardings under duplicates, a broker restart, a stalled applicant and stale login challenges. The fixture
/// runs with a short challenge lifetime and onboarding expiry (<see cref="AppHostFixture"/>).
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class OnboardingResilienceTests(AppHostFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly OnboardingDriver driver = new(fixture);
    private readonly OnboardingPeople people = new(fixture);

    [Fact]
    public async Task Submission_RepeatedWithSameIdempotencyKey_CreatesOneUserAndOneAgreement()
    {
        var user = people.NewEmployee(NewLogin());
        var key = Guid.NewGuid().ToString("N");

        var first = await driver.SubmitAsync(user, key);
        var second = await driver.SubmitAsync(user, key);
        Assert.Equal(OnboardingDriver.ApplicationIdOf(first), OnboardingDriver.ApplicationIdOf(second));
        Assert.Equal(first.GetProperty("userId").GetGuid(), second.GetProperty("userId").GetGuid());

        // The same signed form sent twice with one key (a GOST signature differs each time it is made, so the
        // client resends the very bytes it sent, as it would after a lost answer).
        var formKey = Guid.NewGuid().ToString("N");
        var form = Convert.FromBase64String(first.GetProperty("form").GetProperty("document").GetString()!);
        var signature = new { cms = await OnboardingDriver.SignAsync(user.Key, form) };
        var formPath = $"/api/registration/registrations/{OnboardingDriver.ApplicationIdOf(first)}/form-signature";
        using (var signed = await driver.SendAsync(HttpMethod.Post, formPath, signature, null, formKey))
        {
            await OnboardingDriver.ReadAsync(signed, HttpStatusCode.OK);
        }

        using (var again = await driver.SendAsync(HttpMethod.Post, formPath, signature, null, formKey))
        {
            await OnboardingDriver.ReadAsync(again, HttpStatusCode.OK);
            Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        }

        // Without the key the same submission is a conflict (the login is taken), not a second user.
        using (var duplicate = await driver.SendAsync(
            HttpMethod.Post, "/api/registration/registrations", OnboardingPeople.Registration(user), null))
        {
            await OnboardingDriver.ProblemAsync(duplicate, HttpStatusCode.Conflict);
        }

        var application = OnboardingDriver.ApplicationIdOf(first);
        var drafted = await driver.WaitForRegistrationAsync(
            application, r => r.GetProperty("agreementId").ValueKind == JsonValueKind.String);
        var operatorToken = await driver.LoginAsync(people.Operator());
        var agreements = await driver.GetAsync($"/api/agreements?onboardingId={application}", operatorToken);
        var agreement = Assert.Single(agreements.EnumerateArray());
        Assert.Equal(drafted.GetProperty("agreementId").GetGuid(), agreement.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Onboarding_WithBrokerRestartedMidway_EndsActiveWithOneSetOfEmails()
    {
        var onboarding = await driver.DraftAsync(people.NewEmployee(NewLogin()));
        var userToken = await driver.LoginAsync(onboarding.User.Key, login: onboarding.User.Login);
        using (var signed = await driver.SignAgreementAsync(onboarding.AgreementId, userToken, onboarding.User.Key))
        {
            await OnboardingDriver.ReadAsync(signed, HttpStatusCode.OK);
        }

        var headToken = await driver.LoginAsync(OnboardingPeople.Head, PlatformRoles.ClientHead);
        var operatorKey = people.Operator();
        var operatorToken = await driver.LoginAsync(operatorKey);
        using (var signed = await driver.SignAgreementAsync(onboarding.AgreementId, headToken, OnboardingPeople.Head))
        {
            await OnboardingDriver.ReadAsync(signed, HttpStatusCode.OK);
        }

        // The treasury's signature concludes the agreement; RabbitMQ is restarted at once, while the conclusion,
        // the activation and the e-mails are on their way between the services' outboxes and the broker.
        using (var signed = await driver.SignAgreementAsync(onboarding.AgreementId, operatorToken, operatorKey))
        {
            await OnboardingDriver.ReadAsync(signed, HttpStatusCode.OK);
        }

        var restart = await fixture.App.ResourceCommands.ExecuteCommandAsync(
            "rabbitmq-server", KnownResourceCommands.RestartCommand);
        Assert.True(restart.Success, restart.Message);
        await fixture.App.ResourceNotifications.WaitForResourceHealthyAsync("rabbitmq-server");

        var registration = await driver.WaitForRegistrationAsync(
            onboarding.ApplicationId, r => r.GetProperty("userStatus").GetString() == "active", Patience);
        Assert.Equal("active", registration.GetProperty("status").GetString());
        await OnboardingWalkTests.WaitForOnboardingAsync(
            driver, onboarding.ApplicationId, operatorToken, "Completed");

        // Every service's request/response over the bus works again (the later tests rely on it).
        await WaitForBusRoundTripAsync("agreements", "signature");
        await WaitForBusRoundTripAsync("agreements", "registration");
        await WaitForBusRoundTripAsync("registration", "signature");

        using var mailbox = new Smtp4devMailbox(fixture.App.GetEndpoint("smtp4dev", "http"));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await mailbox.ToAsync(onboarding.User.Email));
        Assert.Single(await OnboardingWalkTests.HeadEmailsAboutAsync(mailbox, onboarding.JournalNumber));
    }

    [Fact]
    public async Task Onboarding_LeftUnsigned_ExpiresWithReasonAndTellsUserAndHead()
    {
        var user = people.NewEmployee(NewLogin());
        var submitted = await driver.SubmitAsync(user);
        var application = OnboardingDriver.ApplicationIdOf(submitted);

        var expired = await driver.WaitForRegistrationAsync(
            application,
            r => r.GetProperty("status").GetString() == "expired",
            AppHostFixture.OnboardingExpireAfter + Patience);

        Assert.Contains("not completed within", expired.GetProperty("failureReason").GetString(),
            StringComparison.Ordinal);
        Assert.Equal("closed-erroneous", expired.GetProperty("userStatus").GetString());
        using var mailbox = new Smtp4devMailbox(fixture.App.GetEndpoint("smtp4dev", "http"));
        var toUser = await mailbox.WaitForAsync(user.Email, 1, Patience);
        Assert.Equal("Treasury-Client: тіркеу өтінімінің мерзімі өтті", Assert.Single(toUser).Subject);
        var reference = submitted.GetProperty("reference").GetString()!;
        var toHead = await mailbox.WaitForAsync(OnboardingPeople.HeadEmail, 1, Patience);
        var texts = await Task.WhenAll(toHead.Select(mailbox.PlainTextAsync));
        Assert.Single(texts, text => text.Contains($"№ {reference} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_WithReplayedChallenge_Is401()
    {
        var (challengeId, nonce) = await driver.ChallengeAsync();
        var cms = await OnboardingDriver.SignAsync(OnboardingPeople.Head, nonce);
        var body = new { challengeId, cms, role = PlatformRoles.ClientHead };

        using (var first = await driver.SendAsync(HttpMethod.Post, "/api/registration/login", body, null))
        {
            await OnboardingDriver.ReadAsync(first, HttpStatusCode.OK);
        }

        using var replay = await driver.SendAsync(HttpMethod.Post, "/api/registration/login", body, null);
        await OnboardingDriver.ProblemAsync(replay, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_AfterChallengeExpired_Is401()
    {
        var (challengeId, nonce) = await driver.ChallengeAsync();
        var cms = await OnboardingDriver.SignAsync(OnboardingPeople.Head, nonce);
        await Task.Delay(AppHostFixture.LoginChallengeLifetime + TimeSpan.FromSeconds(1));

        using var response = await driver.SendAsync(
            HttpMethod.Post, "/api/registration/login", new { challengeId, cms, role = PlatformRoles.ClientHead },
            null);

        await OnboardingDriver.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Registrations_RacingForOnePerson_LeaveOneOpenUserForTheClient()
    {
        var person = people.NewEmployee(NewLogin());
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await driver.SendAsync(
                HttpMethod.Post, "/api/registration/registrations",
                OnboardingPeople.Registration(person with { Login = $"{person.Login[..20]}.{i}" }), null);

            return response.StatusCode;
        });

        var statuses = await Task.WhenAll(attempts);

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task FormSignature_AfterOperatorClosedTheUser_Is409AndNothingIsDrafted()
    {
        var user = people.NewEmployee(NewLogin());
        var submitted = await driver.SubmitAsync(user);
        var operatorToken = await driver.LoginAsync(people.Operator());
        using (var closed = await driver.SendAsync(
            HttpMethod.Post, $"/api/registration/users/{submitted.GetProperty("userId").GetGuid()}/close",
            new { kind = "erroneous", reason = "registered by mistake" }, operatorToken))
        {
            Assert.Equal("closed-erroneous",
                (await OnboardingDriver.ReadAsync(closed, HttpStatusCode.OK)).GetProperty("status").GetString());
        }

        using var signed = await driver.SignFormAsync(submitted, user.Key);

        var problem = await OnboardingDriver.ProblemAsync(signed, HttpStatusCode.Conflict);
        Assert.Equal("closed-erroneous", problem.GetProperty("userStatus").GetString());
        var registration = await driver.GetAsync(
            $"/api/registration/registrations/{OnboardingDriver.ApplicationIdOf(submitted)}");
        Assert.Equal("awaiting-form-signature", registration.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, registration.GetProperty("agreementId").ValueKind);
    }

    private async Task WaitForBusRoundTripAsync(string from, string to)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        HttpStatusCode status;
        do
        {
            using var probe = await fixture.Gateway.GetAsync($"/api/{from}/platform/bus-probe/{to}");
            status = probe.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTimeOffset.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static string NewLogin() => $"resilience.{Guid.NewGuid():N}"[..24];
}
