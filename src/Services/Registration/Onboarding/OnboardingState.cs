using MassTransit;

namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// One onboarding (its id is the registration application's id): where it stands and what its later steps need.
/// The row stays after the onboarding ends, as the record the user and the operators read. The parties' personal
/// data (IINs, names, identity documents) is not kept here: it travels in the messages that need it.
/// </summary>
public sealed class OnboardingState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    /// <summary>The application's reference a person quotes.</summary>
    public string Reference { get; set; } = string.Empty;

    public Guid UserId { get; set; }

    public string Login { get; set; } = string.Empty;

    public Guid ClientId { get; set; }

    public string ClientName { get; set; } = string.Empty;

    public string TerritorialUnitCode { get; set; } = string.Empty;

    public string UserEmail { get; set; } = string.Empty;

    public string HeadEmail { get; set; } = string.Empty;

    /// <summary>"kk" or "ru": the language of every notification the onboarding sends.</summary>
    public string Language { get; set; } = string.Empty;

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The token of the scheduled <see cref="OnboardingExpiry"/>, while one is pending.</summary>
    public Guid? ExpiryTokenId { get; set; }

    public DateTimeOffset? FormVerifiedAt { get; set; }

    public Guid? AgreementId { get; set; }

    public string? JournalNumber { get; set; }

    public DateTimeOffset? DraftedAt { get; set; }

    public DateTimeOffset? UserSignedAt { get; set; }

    public DateTimeOffset? HeadSignedAt { get; set; }

    public DateTimeOffset? TreasurySignedAt { get; set; }

    /// <summary>The certificate the user signed the agreement with, bound to the user on activation.</summary>
    public string? UserCertificateSerial { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    /// <summary>The last notification sent to the user (activation, or expiry).</summary>
    public Guid? UserNotificationId { get; set; }

    /// <summary>The last notification sent to the client's head (agreement concluded, or expiry).</summary>
    public Guid? HeadNotificationId { get; set; }

    public DateTimeOffset? UserNotifiedAt { get; set; }

    public DateTimeOffset? HeadNotifiedAt { get; set; }

    /// <summary>Why the onboarding failed or expired, in words every party can read.</summary>
    public string? FailureReason { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>When anything on the row last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
