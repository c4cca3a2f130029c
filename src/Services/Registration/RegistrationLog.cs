namespace Kazynashylyk.Registration;

/// <summary>
/// Every log event of the Registration service (ids 2000–2499). Only ids, references, codes and statuses are
/// logged: never an IIN, a name, a document number, a key, a certificate or a signature.
/// </summary>
internal static partial class RegistrationLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Registration {ApplicationId} ({Reference}) submitted: user {UserId}, client {ClientId}, "
            + "unit {UnitCode}")]
    public static partial void Submitted(
        ILogger logger, Guid applicationId, string reference, Guid userId, Guid clientId, string unitCode);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Registration {ApplicationId}: form signature verified (report {ReportId}, certificate {Serial})")]
    public static partial void FormVerified(ILogger logger, Guid applicationId, Guid reportId, string? serial);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning,
        Message = "Registration {ApplicationId}: form signature refused with {Status}: {Reason}")]
    public static partial void FormSignatureRefused(ILogger logger, Guid applicationId, int status, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "Verification {VerificationId} got no answer from the Signature service ({Error})")]
    public static partial void VerificationUnavailable(ILogger logger, Guid verificationId, string error);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information,
        Message = "Login as {Role} for subject {Subject} (report {ReportId})")]
    public static partial void LoggedIn(ILogger logger, Guid subject, string role, Guid reportId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning,
        Message = "Login on challenge {ChallengeId} refused: {Reason}")]
    public static partial void LoginRefused(ILogger logger, Guid challengeId, string reason);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information,
        Message = "Registration {ApplicationId} moved from {Previous} to {Status}")]
    public static partial void ApplicationAdvanced(ILogger logger, Guid applicationId, string previous, string status);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Information,
        Message = "System user {UserId} activated by onboarding {OnboardingId} under agreement {AgreementId}")]
    public static partial void UserActivated(ILogger logger, Guid userId, Guid onboardingId, Guid agreementId);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Warning,
        Message = "System user {UserId} not activated by onboarding {OnboardingId}: the user is {Status}")]
    public static partial void ActivationRefused(ILogger logger, Guid userId, Guid onboardingId, string status);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Error,
        Message = "Activation for onboarding {OnboardingId} names user {UserId}, which is not that registration's")]
    public static partial void ActivationUnknown(ILogger logger, Guid onboardingId, Guid userId);

    [LoggerMessage(EventId = 2024, Level = LogLevel.Information,
        Message = "Registration {ApplicationId} ended {Status}")]
    public static partial void ApplicationEnded(ILogger logger, Guid applicationId, string status);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Information,
        Message = "Territorial units seeded: {Units} unit(s), {Operators} active operator(s), "
            + "{Deactivated} deactivated")]
    public static partial void UnitsSeeded(ILogger logger, int units, int operators, int deactivated);
}
