namespace Kazynashylyk.Registration.Login;

public sealed record OperatorFact(Guid OperatorId, string UnitCode);
