namespace Kazynashylyk.Agreements;

/// <summary>
/// Every log event of the Agreements service (ids 5000–5999). Only ids, states, reasons and verdicts appear:
/// never a name, an IIN, a document number, a certificate or a signature.
/// </summary>
internal static partial class AgreementsLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Agreement {AgreementId} drafted for onboarding {OnboardingId} as {JournalNumber}, "
            + "document sha256 {DocumentSha256}")]
    public static partial void Drafted(
        ILogger logger, Guid agreementId, Guid onboardingId, string journalNumber, string documentSha256);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "Agreement {AgreementId} already exists; the repeated draft command changes nothing")]
    public static partial void DraftRepeated(ILogger logger, Guid agreementId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Agreement {AgreementId} of onboarding {OnboardingId} not drafted: {Reason}")]
    public static partial void DraftRefused(ILogger logger, Guid agreementId, Guid onboardingId, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information,
        Message = "Agreement {AgreementId} cancelled from state {State}: onboarding {OnboardingId} ended ({Outcome})")]
    public static partial void Cancelled(
        ILogger logger, Guid agreementId, string state, Guid onboardingId, string outcome);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning,
        Message = "Agreement {AgreementId} is {State}; the end of onboarding {OnboardingId} leaves it as it is")]
    public static partial void NotCancelled(ILogger logger, Guid agreementId, string state, Guid onboardingId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information,
        Message = "Onboarding {OnboardingId} ended with no agreement to cancel")]
    public static partial void NothingToCancel(ILogger logger, Guid onboardingId);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information,
        Message = "Agreement {AgreementId} signed by the {Party} (report {ReportId}, CMS sha256 {CmsSha256}); "
            + "now {State}")]
    public static partial void Signed(
        ILogger logger, Guid agreementId, string party, Guid reportId, string cmsSha256, string state);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information,
        Message = "Agreement {AgreementId} concluded: in force from {InForceFrom}")]
    public static partial void Concluded(ILogger logger, Guid agreementId, DateTimeOffset inForceFrom);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Warning,
        Message = "Agreement {AgreementId}: the {Party}'s signature did not pass (report {ReportId}: "
            + "{Indication} {SubIndication})")]
    public static partial void NotPassed(
        ILogger logger, Guid agreementId, string party, Guid reportId, string indication, string? subIndication);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Warning,
        Message = "Agreement {AgreementId}: the {Party}'s signature was rejected by the Signature service ({Reason})")]
    public static partial void Rejected(ILogger logger, Guid agreementId, string party, string reason);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Warning,
        Message = "Agreement {AgreementId}: the {Party}'s signer has no authority (report {ReportId}: {Reason})")]
    public static partial void NoAuthority(
        ILogger logger, Guid agreementId, string party, Guid reportId, string reason);

    [LoggerMessage(EventId = 5015, Level = LogLevel.Warning,
        Message = "Agreement {AgreementId}: {Service} did not answer for the {Party}'s signature: {Problem}")]
    public static partial void Unavailable(
        ILogger logger, Guid agreementId, string party, string service, string problem);

    [LoggerMessage(EventId = 5016, Level = LogLevel.Warning,
        Message = "Agreement {AgreementId} changed while the {Party}'s signature was checked; nothing stored")]
    public static partial void ChangedConcurrently(ILogger logger, Guid agreementId, string party);
}
