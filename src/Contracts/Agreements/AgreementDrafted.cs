namespace Kazynashylyk.Contracts.Agreements;

/// <summary>An agreement was drafted and waits for the user's signature.</summary>
public sealed record AgreementDrafted
{
    public required Guid OnboardingId { get; init; }

    public required Guid AgreementId { get; init; }

    /// <summary>The number from the unit's journal, <c>{unit}-{year}-{n}</c>.</summary>
    public required string JournalNumber { get; init; }

    public required DateTimeOffset DraftedAt { get; init; }
}
