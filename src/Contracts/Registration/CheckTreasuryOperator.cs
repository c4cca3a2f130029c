namespace Kazynashylyk.Contracts.Registration;

/// <summary>
/// Asks the Registration service whether the holder of an IIN is an operator of a territorial treasury unit,
/// authorised to sign agreements for it. Answered by <see cref="TreasuryOperatorChecked"/>.
/// </summary>
public sealed record CheckTreasuryOperator
{
    public required string UnitCode { get; init; }

    public required string Iin { get; init; }
}
