namespace Kazynashylyk.Registration.Registrations;

/// <summary>The client's first head.</summary>
public sealed record HeadRequest(
    string? Surname,
    string? Name,
    string? Patronymic,
    string? Position,
    string? Email,
    string? AuthorityBasis);
