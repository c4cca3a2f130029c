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

/// <summary>The client (GI/QPS) the user acts for.</summary>
public sealed record ClientRequest(
    string? TreasuryCode,
    string? Bin,
    string? Name,
    string? LegalForm,
    HeadRequest? Head);

/// <summary>The client's first head.</summary>
public sealed record HeadRequest(
    string? Surname,
    string? Name,
    string? Patronymic,
    string? Position,
    string? Email,
    string? AuthorityBasis);

/// <summary>The person to register as a system user.</summary>
public sealed record UserRequest(
    string? Login,
    string? Iin,
    string? Surname,
    string? Name,
    string? Patronymic,
    string? Position,
    string? Email,
    string? Phone,
    IdentityDocumentRequest? IdentityDocument);

/// <summary>The user's identity document; <c>issuedOn</c> is <c>yyyy-MM-dd</c>.</summary>
public sealed record IdentityDocumentRequest(
    string? Kind,
    string? Series,
    string? Number,
    string? Issuer,
    string? IssuedOn);
