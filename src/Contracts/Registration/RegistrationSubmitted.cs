namespace Kazynashylyk.Contracts.Registration;

/// <summary>
/// A person's registration was submitted and waits for their signature on the registration form: the onboarding
/// starts. Carries what the onboarding needs to reach the people involved, and nothing more.
/// </summary>
public sealed record RegistrationSubmitted
{
    /// <summary>The onboarding's id, which is also the registration application's id.</summary>
    public required Guid OnboardingId { get; init; }

    /// <summary>The application's reference a person quotes (shown in messages).</summary>
    public required string Reference { get; init; }

    public required Guid UserId { get; init; }

    public required string Login { get; init; }

    public required Guid ClientId { get; init; }

    public required string ClientName { get; init; }

    public required string TerritorialUnitCode { get; init; }

    public required string UserEmail { get; init; }

    public required string HeadEmail { get; init; }

    /// <summary>"kk" or "ru": the language the user chose; messages to the user and the head use it.</summary>
    public required string Language { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }
}
