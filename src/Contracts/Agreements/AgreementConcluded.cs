namespace Kazynashylyk.Contracts.Agreements;

/// <summary>Every party has signed: the agreement is in force from <see cref="ConcludedAt"/>.</summary>
public sealed record AgreementConcluded
{
    public required Guid OnboardingId { get; init; }

    public required Guid AgreementId { get; init; }

    public required string JournalNumber { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>The serial of the certificate the user signed with: the one bound to the user on activation.</summary>
    public required string UserCertificateSerial { get; init; }

    public required DateTimeOffset ConcludedAt { get; init; }
}
