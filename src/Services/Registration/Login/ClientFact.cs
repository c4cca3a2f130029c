namespace Kazynashylyk.Registration.Login;

public sealed record ClientFact(Guid ClientId, string Bin);
