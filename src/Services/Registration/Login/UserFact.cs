namespace Kazynashylyk.Registration.Login;

public sealed record UserFact(
    Guid UserId,
    string Login,
    string Status,
    string? CertificateSerial,
    string ClientBin,
    DateTimeOffset CreatedAt);
