using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// One onboarding through the gateway, timed: registration and form signature, the wait for the draft, the three
/// signatures of the agreement, the wait for activation. Any unexpected answer ends it with the gateway's text.
/// </summary>
internal sealed class OnboardingWalk(
    GatewayClient gateway,
    PartySession head,
    PartySession treasuryOperator,
    TimeSpan pollInterval)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public async Task<OnboardingTiming> RunAsync(Applicant applicant, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var submitted = await gateway.SendAsync(
            HttpMethod.Post,
            "/api/registration/registrations",
            RegistrationBody.For(applicant),
            null,
            HttpStatusCode.Created,
            cancellationToken);
        var applicationId = submitted.GetProperty("applicationId").GetGuid();
        var form = Convert.FromBase64String(submitted.GetProperty("form").GetProperty("document").GetString()!);
        await gateway.PostAsync(
            $"/api/registration/registrations/{applicationId}/form-signature",
            new { cms = await DocumentSigner.SignAsync(applicant.Key, form, cancellationToken) },
            null,
            cancellationToken);
        var formSigned = Stopwatch.GetTimestamp();

        var drafted = await WaitForAsync(
            applicationId, r => r.GetProperty("agreementId").ValueKind == JsonValueKind.String, cancellationToken);
        var agreementId = drafted.GetProperty("agreementId").GetGuid();
        var draftSeen = Stopwatch.GetTimestamp();

        var userToken = await EdsLogin.LoginAsync(
            gateway, applicant.Key, null, applicant.Login, cancellationToken);
        await SignAsync(agreementId, userToken, applicant.Key, "signed-by-user", cancellationToken);
        await SignAsync(
            agreementId, await head.TokenAsync(cancellationToken), head.Key, "signed-by-head", cancellationToken);
        await SignAsync(
            agreementId,
            await treasuryOperator.TokenAsync(cancellationToken),
            treasuryOperator.Key,
            "in-force",
            cancellationToken);
        var signed = Stopwatch.GetTimestamp();

        await WaitForAsync(
            applicationId, r => r.GetProperty("userStatus").GetString() == "active", cancellationToken);
        var active = Stopwatch.GetTimestamp();

        return new OnboardingTiming(
            Stopwatch.GetElapsedTime(started, formSigned),
            Stopwatch.GetElapsedTime(formSigned, draftSeen),
            Stopwatch.GetElapsedTime(draftSeen, signed),
            Stopwatch.GetElapsedTime(signed, active));
    }

    private async Task SignAsync(
        Guid agreementId,
        string token,
        SigningIdentity key,
        string expectedState,
        CancellationToken cancellationToken)
    {
        var document = await gateway.GetBytesAsync($"/api/agreements/{agreementId}/document", token, cancellationToken);
        var cms = await DocumentSigner.SignAsync(key, document, cancellationToken);
        var agreement = await gateway.PostAsync(
            $"/api/agreements/{agreementId}/signatures", new { cms }, token, cancellationToken);
        var state = agreement.GetProperty("state").GetString();
        if (state != expectedState)
        {
            throw new GatewayCallException(
                $"Agreement {agreementId} is '{state}' after a signature, expected '{expectedState}': {agreement}");
        }
    }

    /// <summary>Reads the registration every poll interval until <paramref name="until"/> holds.</summary>
    private async Task<JsonElement> WaitForAsync(
        Guid applicationId,
        Func<JsonElement, bool> until,
        CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Patience.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var state = await gateway.GetAsync(
                $"/api/registration/registrations/{applicationId}", null, cancellationToken);
            if (until(state))
            {
                return state;
            }

            var status = state.GetProperty("status").GetString();
            if (status is "failed" or "expired" || Stopwatch.GetTimestamp() > deadline)
            {
                throw new GatewayCallException($"Registration {applicationId} stopped short: {state}");
            }

            await Task.Delay(pollInterval, cancellationToken);
        }
    }
}
