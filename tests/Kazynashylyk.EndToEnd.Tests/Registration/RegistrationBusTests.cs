using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Registration;
using MassTransit;

namespace Kazynashylyk.EndToEnd.Tests.Registration;

[Collection(AppHostCollection.Name)]
public sealed class RegistrationBusTests(AppHostFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly RegistrationClient client = new(fixture.Gateway);
    private OnboardingBus onboarding = null!;

    public async Task InitializeAsync() =>
        onboarding = await OnboardingBus.StartAsync(await fixture.ConnectionStringAsync("rabbitmq"));

    public async Task DisposeAsync() => await onboarding.DisposeAsync();

    [Theory]
    [InlineData("1001", "900101300011", true)]
    [InlineData("1001", "123456789012", false)]
    [InlineData("9999", "900101300011", false)]
    [InlineData("1001", "not an iin", false)]
    public async Task CheckTreasuryOperator_ConfiguredDevelopmentOperator_Answered(
        string unit, string iin, bool expected)
    {
        var requests = onboarding.Bus.CreateRequestClient<CheckTreasuryOperator>(
            RegistrationQueues.CheckTreasuryOperatorAddress, RequestTimeout.After(s: 30));

        var response = await requests.GetResponse<TreasuryOperatorChecked>(
            new CheckTreasuryOperator { UnitCode = unit, Iin = iin });

        Assert.Equal(unit, response.Message.UnitCode);
        Assert.Equal(expected, response.Message.IsOperator);
        Assert.Equal(expected, response.Message.OperatorId is not null);
    }

    [Fact]
    public async Task AgreementEvents_ThenActivation_ApplicationActiveAndUserLogsInAsClientUser()
    {
        var login = RegistrationClient.UniqueLogin();
        var registration = await client.RegisterAsync(RegistrationClient.Body(login));
        var onboardingId = registration.GetProperty("applicationId").GetGuid();
        var userId = registration.GetProperty("userId").GetGuid();
        var agreementId = Guid.NewGuid();
        var serial = await SerialOfUserKeyAsync(login);

        await onboarding.Bus.Publish(new AgreementDrafted
        {
            OnboardingId = onboardingId,
            AgreementId = agreementId,
            JournalNumber = "1001-2026-77",
            DraftedAt = DateTimeOffset.UtcNow,
        });
        var drafted = await WaitForStatusAsync(onboardingId, "agreement-drafted");
        await onboarding.SendAsync(RegistrationQueues.ActivateSystemUserAddress, new ActivateSystemUser
        {
            OnboardingId = onboardingId,
            UserId = userId,
            AgreementId = agreementId,
            JournalNumber = "1001-2026-77",
            CertificateSerial = serial,
        });
        var activated = await onboarding.ActivationOfAsync(onboardingId, Patience);
        var active = await WaitForStatusAsync(onboardingId, "active");
        using var response = await client.LoginAsync(RegistrationClient.UserKey, login: login);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("1001-2026-77", drafted.GetProperty("journalNumber").GetString());
        Assert.Equal(agreementId, drafted.GetProperty("agreementId").GetGuid());
        Assert.Equal(userId, activated.UserId);
        Assert.Equal(agreementId, activated.AgreementId);
        Assert.Equal("active", active.GetProperty("userStatus").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("client-user", body.GetProperty("role").GetString());
        Assert.Equal(userId.ToString(), body.GetProperty("subject").GetString());
        using var me = await client.GetAsync(
            "/api/registration/me", body.GetProperty("accessToken").GetString()!);
        var user = (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user");
        Assert.Equal(serial, user.GetProperty("certificateSerial").GetString());
    }

    [Fact]
    public async Task OnboardingEnded_Expired_ApplicationExpiredWithReasonAndUserClosedErroneous()
    {
        var login = RegistrationClient.UniqueLogin();
        var registration = await client.RegisterAsync(RegistrationClient.Body(login));
        var onboardingId = registration.GetProperty("applicationId").GetGuid();

        await onboarding.Bus.Publish(new OnboardingEnded
        {
            OnboardingId = onboardingId,
            UserId = registration.GetProperty("userId").GetGuid(),
            Outcome = "expired",
            Reason = "The registration form was not signed within 14 days.",
            EndedAt = DateTimeOffset.UtcNow,
        });
        var status = await WaitForStatusAsync(onboardingId, "expired");
        using var loginResponse = await client.LoginAsync(RegistrationClient.UserKey, login: login);

        Assert.Equal("The registration form was not signed within 14 days.",
            status.GetProperty("failureReason").GetString());
        Assert.Equal("closed-erroneous", status.GetProperty("userStatus").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, loginResponse.StatusCode);
    }

    /// <summary>The serial of the user's certificate, as the platform reads it: from an applicant's token.</summary>
    private async Task<string> SerialOfUserKeyAsync(string login)
    {
        using var response = await client.LoginAsync(RegistrationClient.UserKey, login: login);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        return RegistrationClient.ClaimsOf(token).GetProperty("cert_serial").GetString()!;
    }

    private async Task<JsonElement> WaitForStatusAsync(Guid onboardingId, string expected)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var status = await fixture.Gateway.GetFromJsonAsync<JsonElement>(
                $"/api/registration/registrations/{onboardingId}");
            if (status.GetProperty("status").GetString() == expected || DateTimeOffset.UtcNow > deadline)
            {
                Assert.Equal(expected, status.GetProperty("status").GetString());

                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
