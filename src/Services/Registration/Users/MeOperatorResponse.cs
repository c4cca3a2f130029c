namespace Kazynashylyk.Registration.Users;

/// <summary>The treasury operator logged in.</summary>
public sealed record MeOperatorResponse(
    Guid Id,
    string UnitCode,
    string Surname,
    string Name,
    string? Patronymic,
    string Email);
