namespace Kazynashylyk.Contracts.Registration;

/// <summary>A system user became active under an agreement in force.</summary>
public sealed record SystemUserActivated
{
    public required Guid OnboardingId { get; init; }

    public required Guid UserId { get; init; }

    public required Guid AgreementId { get; init; }

    public required DateTimeOffset ActivatedAt { get; init; }
}
