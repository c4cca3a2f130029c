namespace Kazynashylyk.Contracts.Registration;

/// <summary>The answer to <see cref="CheckTreasuryOperator"/>.</summary>
public sealed record TreasuryOperatorChecked
{
    public required string UnitCode { get; init; }

    /// <summary>True when the IIN belongs to an operator of the unit.</summary>
    public required bool IsOperator { get; init; }

    /// <summary>The operator's id in the reference data, when <see cref="IsOperator"/>.</summary>
    public Guid? OperatorId { get; init; }
}
