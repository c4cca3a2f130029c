namespace Kazynashylyk.Contracts.Registration;

/// <summary>Where the Registration service takes its commands and requests from.</summary>
public static class RegistrationQueues
{
    /// <summary>
    /// The queue on which the Registration service consumes <see cref="Registration.ActivateSystemUser"/>.
    /// </summary>
    public const string ActivateSystemUser = "activate-system-user";

    /// <summary>The queue on which it answers <see cref="Registration.CheckTreasuryOperator"/>.</summary>
    public const string CheckTreasuryOperator = "check-treasury-operator";

    public static Uri ActivateSystemUserAddress { get; } = new($"queue:{ActivateSystemUser}");

    public static Uri CheckTreasuryOperatorAddress { get; } = new($"queue:{CheckTreasuryOperator}");
}
