namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// The body of <c>POST /api/registration/registrations</c>. Every field is read as text and checked by
/// <see cref="RegistrationValidator"/>, so that a bad value is named in a 400 instead of failing the JSON reader.
/// </summary>
public sealed record SubmitRegistrationRequest(
    string? TerritorialUnitCode,
    string? RoleCode,
    string? Language,
    string? TermsVersion,
    ClientRequest? Client,
    UserRequest? User);
