namespace Kazynashylyk.Registration.Registrations;

/// <summary>A registration request that passed <see cref="RegistrationValidator"/>: trimmed and normalised.</summary>
public sealed record RegistrationSubmission(
    string TerritorialUnitCode,
    string RoleCode,
    string Language,
    string TermsVersion,
    ClientSubmission Client,
    UserSubmission User);
