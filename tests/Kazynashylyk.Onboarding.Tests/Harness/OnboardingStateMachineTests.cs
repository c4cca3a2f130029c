using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.Contracts.Registration;
using Kazynashylyk.Registration.Onboarding;
using MassTransit;

namespace Kazynashylyk.Onboarding.Tests.Harness;

public sealed class OnboardingStateMachineTests
{
    [Fact]
    public async Task Onboarding_AllStepsInOrder_CompletedWithExactlyTheExpectedCommands()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();

        await test.PublishAsync(data.Submitted());
        await test.InStateAsync(data.OnboardingId, m => m.Submitted);
        await test.PublishAsync(data.FormVerified());
        await test.InStateAsync(data.OnboardingId, m => m.FormVerified);
        await test.PublishAsync(data.Drafted());
        await test.InStateAsync(data.OnboardingId, m => m.AgreementDrafted);
        await test.PublishAsync(data.SignedBy(AgreementPartyNames.User));
        await test.InStateAsync(data.OnboardingId, m => m.SignedByUser);
        await test.PublishAsync(data.SignedBy(AgreementPartyNames.Head));
        await test.InStateAsync(data.OnboardingId, m => m.SignedByHead);
        await test.PublishAsync(data.SignedBy(AgreementPartyNames.Treasury));
        await test.PublishAsync(data.Concluded());
        await test.InStateAsync(data.OnboardingId, m => m.InForce);
        await test.PublishAsync(data.Activated());
        await test.InStateAsync(data.OnboardingId, m => m.Notifying);
        await test.PublishAsync(OnboardingTestData.Delivered(data.UserNotificationId));
        await test.PublishAsync(OnboardingTestData.Delivered(data.HeadNotificationId));
        var state = await test.InStateAsync(data.OnboardingId, m => m.Completed);

        var draft = Assert.Single(await test.SentAsync<DraftAgreement>());
        Assert.Equal("/draft-agreement", draft.Context.DestinationAddress!.AbsolutePath);
        Assert.Equal(data.OnboardingId, draft.Context.Message.OnboardingId);
        Assert.Equal(OnboardingIds.AgreementOf(data.OnboardingId), draft.Context.Message.AgreementId);
        Assert.Equal(data.Parties(), draft.Context.Message.Parties);

        var activate = Assert.Single(await test.SentAsync<ActivateSystemUser>());
        Assert.Equal("/activate-system-user", activate.Context.DestinationAddress!.AbsolutePath);
        Assert.Equal(data.UserId, activate.Context.Message.UserId);
        Assert.Equal(data.AgreementId, activate.Context.Message.AgreementId);
        Assert.Equal("6001-2026-17", activate.Context.Message.JournalNumber);
        Assert.Equal("4A1B2C3D", activate.Context.Message.CertificateSerial);

        var notifications = (await test.SentAsync<SendNotification>())
            .OrderBy(n => n.Context.Message.Template, StringComparer.Ordinal).ToList();
        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n => Assert.Equal("/send-notification", n.Context.DestinationAddress!.AbsolutePath));
        var toHead = notifications[0].Context.Message;
        Assert.Equal("agreement-concluded", toHead.Template);
        Assert.Equal(data.HeadNotificationId, toHead.NotificationId);
        Assert.Null(toHead.RecipientUserId);
        Assert.Equal("head@example.kz", toHead.RecipientEmail);
        Assert.Equal("ru", toHead.Language);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["clientName"] = "ГУ «Отдел образования города Астаны»",
                ["journalNumber"] = "6001-2026-17",
            },
            toHead.Parameters);
        var toUser = notifications[1].Context.Message;
        Assert.Equal("user-activated", toUser.Template);
        Assert.Equal(data.UserNotificationId, toUser.NotificationId);
        Assert.Equal(data.UserId, toUser.RecipientUserId);
        Assert.Equal("a.serikova@example.kz", toUser.RecipientEmail);
        Assert.Equal(new Dictionary<string, string> { ["login"] = "a.serikova" }, toUser.Parameters);

        // Besides the scheduled expiry, nothing else was sent.
        var sentTypes = test.Harness.Sent.Select<object>()
            .Select(m => m.Context.Message.GetType().Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["ActivateSystemUser", "DraftAgreement", "OnboardingExpiry", "SendNotification", "SendNotification"],
            sentTypes);
        Assert.Empty(await test.PublishedAsync<OnboardingEnded>());
        Assert.Equal("Completed", state.CurrentState);
        Assert.Equal(data.AgreementId, state.AgreementId);
        Assert.Equal("6001-2026-17", state.JournalNumber);
        Assert.Equal("4A1B2C3D", state.UserCertificateSerial);
        Assert.Null(state.ExpiryTokenId);
        Assert.Null(state.FailureReason);
        Assert.Equal(OnboardingHarness.Now, state.UpdatedAt);
        Assert.Equal(OnboardingTestData.Start, state.SubmittedAt);
    }

    [Fact]
    public async Task Onboarding_RepeatedAndReorderedEvents_EachCommandSentOnce()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();

        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.FormVerified());
        await test.PublishAsync(data.FormVerified());
        await test.PublishAsync(data.Drafted());
        await test.PublishAsync(data.Drafted());
        await test.PublishAsync(data.SignedBy(AgreementPartyNames.Head));
        await test.PublishAsync(data.SignedBy(AgreementPartyNames.Head));
        await test.InStateAsync(data.OnboardingId, m => m.SignedByHead);
        await test.PublishAsync(data.SignedBy(AgreementPartyNames.User));
        await test.ConsumedAsync<AgreementSigned>(3);
        var signed = await test.InStateAsync(data.OnboardingId, m => m.SignedByHead);
        Assert.NotNull(signed.UserSignedAt);
        await test.PublishAsync(data.Concluded());
        await test.PublishAsync(data.Concluded());
        await test.PublishAsync(data.Drafted());
        await test.PublishAsync(data.Activated());
        await test.PublishAsync(data.Activated());
        await test.PublishAsync(OnboardingTestData.Delivered(data.UserNotificationId));
        await test.PublishAsync(OnboardingTestData.Delivered(data.UserNotificationId));
        await test.ConsumedAsync<NotificationDelivered>(2);
        await test.InStateAsync(data.OnboardingId, m => m.Notifying);
        await test.PublishAsync(OnboardingTestData.Delivered(data.HeadNotificationId));
        var state = await test.InStateAsync(data.OnboardingId, m => m.Completed);

        Assert.Single(await test.SentAsync<DraftAgreement>());
        Assert.Single(await test.SentAsync<ActivateSystemUser>());
        Assert.Equal(2, (await test.SentAsync<SendNotification>()).Count);
        Assert.Empty(test.Harness.Published.Select<Fault>());
        Assert.Equal("6001-2026-17", state.JournalNumber);
    }

    [Fact]
    public async Task Onboarding_SignatureOvertakesDraftConfirmation_DraftFillsInWithoutGoingBack()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();
        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.FormVerified());
        await test.InStateAsync(data.OnboardingId, m => m.FormVerified);

        await test.PublishAsync(data.SignedBy(AgreementPartyNames.User));
        await test.InStateAsync(data.OnboardingId, m => m.SignedByUser);
        await test.PublishAsync(data.Drafted());
        await test.ConsumedAsync<AgreementDrafted>(1);

        var state = await test.InStateAsync(data.OnboardingId, m => m.SignedByUser);
        Assert.Equal(data.AgreementId, state.AgreementId);
        Assert.Equal("6001-2026-17", state.JournalNumber);
    }

    [Fact]
    public async Task Onboarding_DraftRefused_FailedWithReasonAndEndedPublished()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();
        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.FormVerified());
        await test.InStateAsync(data.OnboardingId, m => m.FormVerified);

        await test.PublishAsync(data.DraftRefused());
        var state = await test.InStateAsync(data.OnboardingId, m => m.Failed);

        var ended = Assert.Single(await test.PublishedAsync<OnboardingEnded>()).Context.Message;
        Assert.Equal(data.OnboardingId, ended.OnboardingId);
        Assert.Equal(data.UserId, ended.UserId);
        Assert.Null(ended.AgreementId);
        Assert.Equal("failed", ended.Outcome);
        Assert.Equal("The territorial unit 6001 has no signatory on record.", ended.Reason);
        Assert.Equal(OnboardingHarness.Now, ended.EndedAt);
        Assert.Equal("The territorial unit 6001 has no signatory on record.", state.FailureReason);
        Assert.Null(state.ExpiryTokenId);
        Assert.Empty(await test.SentAsync<SendNotification>());
    }

    [Fact]
    public async Task Onboarding_EventsAfterItFailed_Ignored()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();
        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.FormVerified());
        await test.PublishAsync(data.DraftRefused());
        await test.InStateAsync(data.OnboardingId, m => m.Failed);

        await test.PublishAsync(data.Drafted());
        await test.PublishAsync(data.Concluded());
        await test.ConsumedAsync<AgreementConcluded>(1);

        var state = await test.InStateAsync(data.OnboardingId, m => m.Failed);
        Assert.Null(state.JournalNumber);
        Assert.Empty(await test.SentAsync<ActivateSystemUser>());
        Assert.Empty(test.Harness.Published.Select<Fault>());
    }

    [Fact]
    public async Task Onboarding_ExpiryFallsDueBeforeInForce_ExpiredWithEndedAndTwoNotifications()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();
        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.FormVerified());
        await test.PublishAsync(data.Drafted());
        await test.PublishAsync(data.SignedBy(AgreementPartyNames.User));
        await test.InStateAsync(data.OnboardingId, m => m.SignedByUser);

        await test.AdvanceAsync(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var state = await test.InStateAsync(data.OnboardingId, m => m.Expired);

        Assert.Equal("not completed within 14 days", state.FailureReason);
        Assert.Null(state.ExpiryTokenId);
        var ended = Assert.Single(await test.PublishedAsync<OnboardingEnded>()).Context.Message;
        Assert.Equal("expired", ended.Outcome);
        Assert.Equal(data.AgreementId, ended.AgreementId);
        Assert.Equal("not completed within 14 days", ended.Reason);
        var notifications = (await test.SentAsync<SendNotification>()).Select(n => n.Context.Message)
            .OrderBy(n => n.RecipientEmail, StringComparer.Ordinal).ToList();
        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n => Assert.Equal("onboarding-expired", n.Template));
        Assert.All(notifications, n => Assert.Equal(
            new Dictionary<string, string> { ["reference"] = "REG-2026-000123" }, n.Parameters));
        Assert.Equal("a.serikova@example.kz", notifications[0].RecipientEmail);
        Assert.Equal(data.UserId, notifications[0].RecipientUserId);
        Assert.Equal(
            OnboardingIds.NotificationOf(data.OnboardingId, OnboardingIds.UserOnboardingExpired),
            notifications[0].NotificationId);
        Assert.Equal("head@example.kz", notifications[1].RecipientEmail);
        Assert.Null(notifications[1].RecipientUserId);
        Assert.Equal(
            OnboardingIds.NotificationOf(data.OnboardingId, OnboardingIds.HeadOnboardingExpired),
            notifications[1].NotificationId);
    }

    [Fact]
    public async Task Onboarding_ExpiryArrivesAfterInForce_Ignored()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();
        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.FormVerified());
        await test.PublishAsync(data.Drafted());
        await test.PublishAsync(data.Concluded());
        await test.InStateAsync(data.OnboardingId, m => m.InForce);

        // The in-memory scheduler cannot take a message back, so the unscheduled expiry still arrives; so does a
        // copy without a scheduling token.
        await test.AdvanceAsync(TimeSpan.FromDays(15));
        await test.PublishAsync(new OnboardingExpiry { OnboardingId = data.OnboardingId });
        await test.ConsumedAsync<OnboardingExpiry>(2);

        var state = await test.InStateAsync(data.OnboardingId, m => m.InForce);
        Assert.Null(state.FailureReason);
        Assert.Empty(await test.PublishedAsync<OnboardingEnded>());
        Assert.Empty(await test.SentAsync<SendNotification>());
    }

    [Fact]
    public async Task Onboarding_NotificationFails_NotificationFailedWithReason()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();
        await test.PublishAsync(data.Submitted());
        await test.PublishAsync(data.FormVerified());
        await test.PublishAsync(data.Drafted());
        await test.PublishAsync(data.Concluded());
        await test.PublishAsync(data.Activated());
        await test.InStateAsync(data.OnboardingId, m => m.Notifying);

        await test.PublishAsync(OnboardingTestData.Delivered(data.UserNotificationId));
        await test.PublishAsync(OnboardingTestData.Failed(data.HeadNotificationId));
        var state = await test.InStateAsync(data.OnboardingId, m => m.NotificationFailed);

        Assert.Equal(
            "The notification to the client's head could not be delivered: "
            + "The mail server refused the recipient: 550 mailbox unavailable.",
            state.FailureReason);
        Assert.NotNull(state.UserNotifiedAt);
        Assert.Null(state.HeadNotifiedAt);
    }

    [Fact]
    public async Task Events_ForUnknownOnboarding_DiscardedWithoutFault()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();

        await test.PublishAsync(data.SignedBy(AgreementPartyNames.Head));
        await test.PublishAsync(OnboardingTestData.Delivered(Guid.NewGuid()));
        await test.ConsumedAsync<NotificationDelivered>(1);
        await test.ConsumedAsync<AgreementSigned>(1);
        await test.Harness.InactivityTask;

        Assert.Null(test.Saga.Sagas.Contains(data.OnboardingId));
        Assert.Empty(test.Harness.Published.Select<Fault>());
    }

    [Fact]
    public async Task Onboarding_ActivationBeforeAgreement_IgnoredAndStaysSubmitted()
    {
        await using var test = await OnboardingHarness.StartAsync();
        var data = new OnboardingTestData();
        await test.PublishAsync(data.Submitted());
        await test.InStateAsync(data.OnboardingId, m => m.Submitted);

        await test.PublishAsync(data.Activated());
        await test.ConsumedAsync<SystemUserActivated>(1);

        var state = await test.InStateAsync(data.OnboardingId, m => m.Submitted);
        Assert.Null(state.ActivatedAt);
        Assert.Empty(await test.SentAsync<SendNotification>());
        Assert.Empty(test.Harness.Published.Select<Fault>());
    }
}
