using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.Contracts.Registration;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// What each event writes on the onboarding's row. What an earlier copy of an event already wrote is kept, so a
/// repeated or late event changes nothing that matters. Times are stored in UTC (PostgreSQL's timestamptz takes no
/// other offset).
/// </summary>
internal static class OnboardingStateChanges
{
    public static void Start(this OnboardingState state, RegistrationSubmitted message)
    {
        state.Reference = message.Reference;
        state.UserId = message.UserId;
        state.Login = message.Login;
        state.ClientId = message.ClientId;
        state.ClientName = message.ClientName;
        state.TerritorialUnitCode = message.TerritorialUnitCode;
        state.UserEmail = message.UserEmail;
        state.HeadEmail = message.HeadEmail;
        state.Language = message.Language;
        state.SubmittedAt = message.SubmittedAt.ToUniversalTime();
    }

    public static void RecordDraft(this OnboardingState state, AgreementDrafted message)
    {
        state.AgreementId ??= message.AgreementId;
        state.JournalNumber ??= message.JournalNumber;
        state.DraftedAt ??= message.DraftedAt.ToUniversalTime();
    }

    public static void RecordSignature(this OnboardingState state, AgreementSigned message)
    {
        var signedAt = message.SignedAt.ToUniversalTime();
        state.AgreementId ??= message.AgreementId;
        switch (message.Party)
        {
            case AgreementPartyNames.User:
                state.UserSignedAt ??= signedAt;
                break;
            case AgreementPartyNames.Head:
                state.HeadSignedAt ??= signedAt;
                break;
            case AgreementPartyNames.Treasury:
                state.TreasurySignedAt ??= signedAt;
                break;
        }
    }

    public static void RecordConclusion(this OnboardingState state, AgreementConcluded message)
    {
        state.AgreementId = message.AgreementId;
        state.JournalNumber = message.JournalNumber;
        state.UserCertificateSerial = message.UserCertificateSerial;
        state.ConcludedAt = message.ConcludedAt.ToUniversalTime();
    }

    public static void RecordActivation(this OnboardingState state, SystemUserActivated message)
    {
        state.ActivatedAt = message.ActivatedAt.ToUniversalTime();
        state.UserNotificationId = OnboardingIds.NotificationOf(state.CorrelationId, OnboardingIds.UserActivated);
        state.HeadNotificationId =
            OnboardingIds.NotificationOf(state.CorrelationId, OnboardingIds.HeadAgreementConcluded);
    }

    public static void RecordExpiryNotifications(this OnboardingState state)
    {
        state.UserNotificationId =
            OnboardingIds.NotificationOf(state.CorrelationId, OnboardingIds.UserOnboardingExpired);
        state.HeadNotificationId =
            OnboardingIds.NotificationOf(state.CorrelationId, OnboardingIds.HeadOnboardingExpired);
    }

    public static void RecordDelivery(this OnboardingState state, NotificationDelivered message)
    {
        var deliveredAt = message.DeliveredAt.ToUniversalTime();
        if (message.NotificationId == state.UserNotificationId)
        {
            state.UserNotifiedAt ??= deliveredAt;
        }
        else if (message.NotificationId == state.HeadNotificationId)
        {
            state.HeadNotifiedAt ??= deliveredAt;
        }
    }

    public static void End(this OnboardingState state, string reason, DateTimeOffset endedAt)
    {
        state.FailureReason = reason;
        state.EndedAt = endedAt;
    }

    public static string NotificationFailureReason(this OnboardingState state, NotificationFailed message)
    {
        var recipient = message.NotificationId == state.UserNotificationId ? "the user" : "the client's head";

        return $"The notification to {recipient} could not be delivered: {message.Reason}";
    }
}
