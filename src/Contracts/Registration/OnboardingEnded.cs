namespace Kazynashylyk.Contracts.Registration;

/// <summary>
/// An onboarding stopped without an active user: it expired, or a step failed. The application and any draft
/// agreement are closed with <see cref="Reason"/>, which every party can read.
/// </summary>
public sealed record OnboardingEnded
{
    public required Guid OnboardingId { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>The agreement drafted for it, if one was.</summary>
    public Guid? AgreementId { get; init; }

    /// <summary>"expired" or "failed".</summary>
    public required string Outcome { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset EndedAt { get; init; }
}
