namespace Kazynashylyk.Contracts.Agreements;

/// <summary>An agreement could not be drafted; the reason says why in words a person can act on.</summary>
public sealed record AgreementDraftRefused
{
    public required Guid OnboardingId { get; init; }

    public required Guid AgreementId { get; init; }

    public required string Reason { get; init; }
}
