using System.Globalization;
using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.Contracts.Registration;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>The notifications and the end event the onboarding sends, built from its state.</summary>
public static class OnboardingMessages
{
    public const string UserActivatedTemplate = "user-activated";
    public const string AgreementConcludedTemplate = "agreement-concluded";
    public const string OnboardingExpiredTemplate = "onboarding-expired";

    public const string ExpiredOutcome = "expired";
    public const string FailedOutcome = "failed";

    private static readonly (TimeSpan Unit, string Name)[] Units =
    [
        (TimeSpan.FromDays(1), "day"),
        (TimeSpan.FromHours(1), "hour"),
        (TimeSpan.FromMinutes(1), "minute"),
        (TimeSpan.FromSeconds(1), "second"),
    ];

    /// <summary>To the user: the account is active (<c>{login}</c>).</summary>
    public static SendNotification UserActivated(OnboardingState state)
    {
        ArgumentNullException.ThrowIfNull(state);

        return ToUser(state, OnboardingIds.UserActivated, UserActivatedTemplate, new Dictionary<string, string>
        {
            ["login"] = state.Login,
        });
    }

    /// <summary>To the client's head: the agreement is in force.</summary>
    public static SendNotification AgreementConcluded(OnboardingState state)
    {
        ArgumentNullException.ThrowIfNull(state);

        return ToHead(state, OnboardingIds.HeadAgreementConcluded, AgreementConcludedTemplate,
            new Dictionary<string, string>
            {
                ["clientName"] = state.ClientName,
                ["journalNumber"] = state.JournalNumber ?? string.Empty,
            });
    }

    /// <summary>To the user: the onboarding expired (<c>{reference}</c>).</summary>
    public static SendNotification ExpiredToUser(OnboardingState state)
    {
        ArgumentNullException.ThrowIfNull(state);

        return ToUser(state, OnboardingIds.UserOnboardingExpired, OnboardingExpiredTemplate, ReferenceOf(state));
    }

    /// <summary>To the client's head: the onboarding expired (<c>{reference}</c>).</summary>
    public static SendNotification ExpiredToHead(OnboardingState state)
    {
        ArgumentNullException.ThrowIfNull(state);

        return ToHead(state, OnboardingIds.HeadOnboardingExpired, OnboardingExpiredTemplate, ReferenceOf(state));
    }

    public static OnboardingEnded Ended(OnboardingState state, string outcome, DateTimeOffset endedAt)
    {
        ArgumentNullException.ThrowIfNull(state);

        return new OnboardingEnded
        {
            OnboardingId = state.CorrelationId,
            UserId = state.UserId,
            AgreementId = state.AgreementId,
            Outcome = outcome,
            Reason = state.FailureReason ?? string.Empty,
            EndedAt = endedAt,
        };
    }

    /// <summary>"not completed within 14 days": the reason an onboarding expired.</summary>
    public static string ExpiryReason(TimeSpan expireAfter) => $"not completed within {Describe(expireAfter)}";

    private static string Describe(TimeSpan span)
    {
        foreach (var (unit, name) in Units)
        {
            if (span.Ticks % unit.Ticks == 0)
            {
                var count = span.Ticks / unit.Ticks;
                var plural = count == 1 ? string.Empty : "s";

                return string.Format(CultureInfo.InvariantCulture, "{0} {1}{2}", count, name, plural);
            }
        }

        return span.ToString("c", CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, string> ReferenceOf(OnboardingState state) =>
        new() { ["reference"] = state.Reference };

    private static SendNotification ToUser(
        OnboardingState state, string purpose, string template, Dictionary<string, string> parameters) =>
        new()
        {
            NotificationId = OnboardingIds.NotificationOf(state.CorrelationId, purpose),
            RecipientUserId = state.UserId,
            RecipientEmail = state.UserEmail,
            Language = state.Language,
            Template = template,
            Parameters = parameters,
        };

    private static SendNotification ToHead(
        OnboardingState state, string purpose, string template, Dictionary<string, string> parameters) =>
        new()
        {
            NotificationId = OnboardingIds.NotificationOf(state.CorrelationId, purpose),
            RecipientUserId = null,
            RecipientEmail = state.HeadEmail,
            Language = state.Language,
            Template = template,
            Parameters = parameters,
        };
}
