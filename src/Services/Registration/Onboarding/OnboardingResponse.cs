namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// An onboarding as the API returns it. Its id is the registration application's id; its state is one of Submitted,
/// FormVerified, AgreementDrafted, SignedByUser, SignedByHead, InForce, Notifying, Completed, or how it ended
/// otherwise: Failed, Expired, NotificationFailed (with the reason in <see cref="FailureReason"/>).
/// </summary>
public sealed record OnboardingResponse(
    Guid Id,
    string State,
    string Reference,
    Guid? AgreementId,
    string? JournalNumber,
    string? FailureReason,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt);
