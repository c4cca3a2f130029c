using Kazynashylyk.Registration.TerritorialUnits;

namespace Kazynashylyk.Registration;

/// <summary>
/// Settings of the Registration service (section <c>Registration</c>). The personal-data key is read once at
/// start-up by <c>PersonalDataKeys</c> and is not part of these options, so it cannot be dumped with them.
/// </summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>
    /// Whether IIN and BIN check digits are enforced. On in production; off in development, because the NCA test
    /// persons' numbers fail the check.
    /// </summary>
    public bool ValidateIdentifierChecksums { get; set; } = true;

    /// <summary>The terms of use in force, whose acceptance every registration form records.</summary>
    public TermsOfUseOptions TermsOfUse { get; set; } = new();

    /// <summary>The territorial units and their operators, upserted into the database at start-up.</summary>
    public IList<TerritorialUnitOptions> TerritorialUnits { get; } = [];

    /// <summary>How long a signature verification over the bus may take before the caller gets 503.</summary>
    public TimeSpan VerificationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The Signature service's trust store to verify against; its default when empty.</summary>
    public string? TrustStore { get; set; }
}
