namespace Kazynashylyk.Registration.Onboarding;

/// <summary>
/// The onboarding's deadline: scheduled when it starts, unscheduled when its agreement comes into force. Internal to
/// the Registration service: only the onboarding saga sends it, to itself.
/// </summary>
public sealed record OnboardingExpiry
{
    public required Guid OnboardingId { get; init; }
}
