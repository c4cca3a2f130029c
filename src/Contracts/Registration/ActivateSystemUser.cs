namespace Kazynashylyk.Contracts.Registration;

/// <summary>
/// The onboarding's agreement is in force: make the user active and bind the certificate they signed it with.
/// Idempotent: an active user stays active. Answered by <see cref="SystemUserActivated"/>.
/// </summary>
public sealed record ActivateSystemUser
{
    public required Guid OnboardingId { get; init; }

    public required Guid UserId { get; init; }

    public required Guid AgreementId { get; init; }

    public required string JournalNumber { get; init; }

    public required string CertificateSerial { get; init; }
}
