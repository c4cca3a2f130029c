namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>How long one onboarding took, phase by phase; the phases add up to <see cref="Total"/>.</summary>
/// <param name="SubmitAndForm">The registration posted and its form signed (201, then 200).</param>
/// <param name="DraftingWait">Until the registration names its agreement (the bus, the saga, the draft).</param>
/// <param name="Signatures">The user's EDS login and the user's, the head's and the operator's signatures.</param>
/// <param name="ActivationWait">Until the registration reports the user active.</param>
internal sealed record OnboardingTiming(
    TimeSpan SubmitAndForm,
    TimeSpan DraftingWait,
    TimeSpan Signatures,
    TimeSpan ActivationWait)
{
    /// <summary>Submission to activation.</summary>
    public TimeSpan Total => SubmitAndForm + DraftingWait + Signatures + ActivationWait;
}
