namespace Kazynashylyk.Contracts.Agreements;

/// <summary>
/// Asks the Agreements service to draft the Agreement on the use of EDS for an onboarding: a journal number from
/// the unit's journal, the canonical document, state draft. Idempotent by <see cref="AgreementId"/>. Answered by
/// <see cref="AgreementDrafted"/> or <see cref="AgreementDraftRefused"/>.
/// </summary>
public sealed record DraftAgreement
{
    public required Guid OnboardingId { get; init; }

    /// <summary>The id the agreement gets, chosen by the sender so that a retried command drafts nothing new.</summary>
    public required Guid AgreementId { get; init; }

    public required AgreementParties Parties { get; init; }
}
