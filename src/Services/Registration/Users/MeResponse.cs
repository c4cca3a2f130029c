namespace Kazynashylyk.Registration.Users;

/// <summary>The caller: their platform role and subject, and the user, client or operator that subject is.</summary>
public sealed record MeResponse(
    string Role,
    Guid Subject,
    string? CertificateSerial,
    SystemUserResponse? User = null,
    MeClientResponse? Client = null,
    MeOperatorResponse? Operator = null);

/// <summary>The client a head logged in for.</summary>
public sealed record MeClientResponse(Guid Id, string TreasuryCode, string Bin, string Name);

/// <summary>The treasury operator logged in.</summary>
public sealed record MeOperatorResponse(
    Guid Id,
    string UnitCode,
    string Surname,
    string Name,
    string? Patronymic,
    string Email);
