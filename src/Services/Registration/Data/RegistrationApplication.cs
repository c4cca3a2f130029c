namespace Kazynashylyk.Registration.Data;

/// <summary>
/// One registration: the user's application to be registered, its signed registration form and how its onboarding
/// went. Its id is the onboarding's id.
/// </summary>
public sealed class RegistrationApplication
{
    public required Guid Id { get; init; }

    /// <summary>The reference a person quotes, <c>R-{year}-{n:000000}</c>.</summary>
    public required string Reference { get; init; }

    public required Guid UserId { get; init; }

    public required Guid ClientId { get; init; }

    public required string UnitCode { get; init; }

    /// <summary>The version of the terms of use accepted in the form.</summary>
    public required string TermsVersion { get; init; }

    /// <summary>The form's canonical bytes (the bytes the user signs), AES-GCM encrypted: they hold the IIN.</summary>
    public required byte[] FormEncrypted { get; init; }

    /// <summary>SHA-256 of the form's canonical bytes, lower-case hex.</summary>
    public required string FormSha256 { get; init; }

    /// <summary>The Signature service's report on the form's signature, once verified.</summary>
    public Guid? FormReportId { get; set; }

    /// <summary>See <see cref="ApplicationStatus"/>.</summary>
    public required string Status { get; set; }

    public Guid? AgreementId { get; set; }

    public string? JournalNumber { get; set; }

    public string? FailureReason { get; set; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? FormVerifiedAt { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
