namespace Kazynashylyk.Registration.Onboarding;

/// <summary>Settings of the onboarding process (section <c>Onboarding</c>).</summary>
public sealed class OnboardingOptions
{
    public const string Section = "Onboarding";

    /// <summary>
    /// How long an onboarding may take from submission until its agreement is in force; after that it expires and
    /// the user and the client's head are told.
    /// </summary>
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromDays(14);
}
