namespace Kazynashylyk.Registration.Users;

/// <summary>The caller: their platform role and subject, and the user, client or operator that subject is.</summary>
public sealed record MeResponse(
    string Role,
    Guid Subject,
    string? CertificateSerial,
    SystemUserResponse? User = null,
    MeClientResponse? Client = null,
    MeOperatorResponse? Operator = null);
