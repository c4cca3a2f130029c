using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Agreements.Signing;

/// <summary>
/// The order in which the parties sign an agreement on the use of EDS (user, head, treasury) and the state each
/// signature leads to; the treasury's signature puts the agreement in force.
/// </summary>
public static class SigningSequence
{
    public static IReadOnlyList<string> Parties { get; } =
        [AgreementPartyNames.User, AgreementPartyNames.Head, AgreementPartyNames.Treasury];

    /// <summary>The party whose signature the agreement waits for, or null when it waits for none.</summary>
    public static string? AwaitedParty(string state) => state switch
    {
        AgreementStates.Draft => AgreementPartyNames.User,
        AgreementStates.SignedByUser => AgreementPartyNames.Head,
        AgreementStates.SignedByHead => AgreementPartyNames.Treasury,
        _ => null,
    };

    /// <summary>The state after <paramref name="party"/> signs.</summary>
    public static string StateAfter(string party) => party switch
    {
        AgreementPartyNames.User => AgreementStates.SignedByUser,
        AgreementPartyNames.Head => AgreementStates.SignedByHead,
        AgreementPartyNames.Treasury => AgreementStates.InForce,
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Not a party of the agreement."),
    };

    /// <summary>
    /// Why <paramref name="party"/> cannot sign now (already signed, out of turn, nothing awaited), or null when
    /// it is their turn.
    /// </summary>
    public static string? WhyNotNow(Agreement agreement, string party)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var awaited = AwaitedParty(agreement.State);
        if (agreement.State == AgreementStates.Cancelled)
        {
            return $"The agreement was cancelled ({agreement.CancelReason}); it takes no more signatures.";
        }

        if (awaited is null)
        {
            return "The agreement is in force: every party has signed it.";
        }

        if (agreement.Signatures.Any(s => s.Party == party))
        {
            return $"The {party} has already signed; the agreement awaits the {awaited}'s signature.";
        }

        return party == awaited
            ? null
            : $"The agreement awaits the {awaited}'s signature first; the {party} signs after it.";
    }
}
