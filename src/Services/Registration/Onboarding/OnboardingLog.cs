namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// Every log event of the onboarding saga (ids 3000–3099). Only ids appear: never a name, an e-mail address, an
/// IIN or a reason text that might quote one.
/// </summary>
internal static partial class OnboardingLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId} started for user {UserId}; it expires at {ExpiresAt:O}")]
    public static partial void Started(ILogger logger, Guid onboardingId, Guid userId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId}: registration form verified; agreement {AgreementId} requested")]
    public static partial void AgreementRequested(ILogger logger, Guid onboardingId, Guid agreementId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId}: agreement {AgreementId} drafted")]
    public static partial void AgreementDrafted(ILogger logger, Guid onboardingId, Guid agreementId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId}: agreement {AgreementId} signed by the {Party}; now {State}")]
    public static partial void AgreementSigned(
        ILogger logger, Guid onboardingId, Guid agreementId, string party, string state);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId}: agreement {AgreementId} in force; activation of user {UserId} requested")]
    public static partial void AgreementInForce(ILogger logger, Guid onboardingId, Guid agreementId, Guid userId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId}: user {UserId} active; notifications {UserNotificationId} and "
            + "{HeadNotificationId} requested")]
    public static partial void UserActivated(
        ILogger logger, Guid onboardingId, Guid userId, Guid userNotificationId, Guid headNotificationId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId}: notification {NotificationId} delivered")]
    public static partial void NotificationDelivered(ILogger logger, Guid onboardingId, Guid notificationId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId} completed")]
    public static partial void Completed(ILogger logger, Guid onboardingId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning,
        Message = "Onboarding {OnboardingId} failed: agreement {AgreementId} could not be drafted")]
    public static partial void DraftRefused(ILogger logger, Guid onboardingId, Guid agreementId);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning,
        Message = "Onboarding {OnboardingId} expired in state {State}; the user and the head are told")]
    public static partial void Expired(ILogger logger, Guid onboardingId, string state);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning,
        Message = "Onboarding {OnboardingId}: notification {NotificationId} failed after {Attempts} attempt(s)")]
    public static partial void NotificationFailed(ILogger logger, Guid onboardingId, Guid notificationId, int attempts);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning,
        Message = "Onboarding {OnboardingId}: {Event} is not expected in state {State} and was ignored")]
    public static partial void EventIgnored(ILogger logger, Guid onboardingId, string @event, string state);
}
