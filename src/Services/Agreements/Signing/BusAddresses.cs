using Kazynashylyk.Contracts.Registration;

namespace Kazynashylyk.Agreements.Signing;

/// <summary>Where the requests of a signing go.</summary>
public static class BusAddresses
{
    /// <summary>The queue on which the Signature service's replicas answer <c>VerifySignature</c>.</summary>
    public static Uri VerifySignature { get; } = new("queue:verify-signature");

    /// <summary>The queue on which the Registration service answers <c>CheckTreasuryOperator</c>.</summary>
    public static Uri CheckTreasuryOperator => RegistrationQueues.CheckTreasuryOperatorAddress;
}
