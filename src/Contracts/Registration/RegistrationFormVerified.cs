using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Contracts.Registration;

/// <summary>
/// The user's signature on the registration form (with the acceptance of the current terms of use) was verified
/// and is theirs. Carries the agreement's parties so the onboarding can have the agreement drafted.
/// </summary>
public sealed record RegistrationFormVerified
{
    public required Guid OnboardingId { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>The Signature service's stored report on the form's signature.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>The version of the terms of use the user accepted.</summary>
    public required string TermsVersion { get; init; }

    public required AgreementParties Parties { get; init; }

    public required DateTimeOffset VerifiedAt { get; init; }
}
