namespace Kazynashylyk.Registration.Registrations;

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
