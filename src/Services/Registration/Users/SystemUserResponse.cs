namespace Kazynashylyk.Registration.Users;

/// <summary>A system user as the API shows them: no IIN, no identity document.</summary>
public sealed record SystemUserResponse(
    Guid Id,
    Guid ClientId,
    string Login,
    string Surname,
    string Name,
    string? Patronymic,
    string Position,
    string Email,
    string Language,
    string Status,
    string RoleCode,
    string RoleNameKk,
    string RoleNameRu,
    string? CertificateSerial,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ActivatedAt);
