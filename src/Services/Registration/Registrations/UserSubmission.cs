using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Registration.Registrations;

public sealed record UserSubmission(
    string Login,
    string Iin,
    string Surname,
    string Name,
    string? Patronymic,
    string Position,
    string Email,
    string? Phone,
    IdentityDocumentDetails IdentityDocument);
