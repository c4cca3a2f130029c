namespace Kazynashylyk.EndToEnd.Tests.Onboarding;

/// <summary>An onboarding whose form is signed and whose agreement is drafted.</summary>
public sealed record OnboardingInProgress(
    Guid ApplicationId,
    Guid UserId,
    Guid AgreementId,
    string JournalNumber,
    OnboardingPerson User);
