namespace Kazynashylyk.Registration.Registrations;

/// <summary>Where a registration stands, as its applicant sees it.</summary>
public sealed record RegistrationStatusResponse(
    Guid ApplicationId,
    string Reference,
    string Status,
    string? FailureReason,
    Guid? AgreementId,
    string? JournalNumber,
    Guid UserId,
    string UserStatus,
    string TermsVersion,
    string FormSha256,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt);
