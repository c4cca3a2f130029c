using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Contracts.Signature;

namespace Kazynashylyk.Agreements.Signing;

/// <summary>
/// Whether the holder of a verified certificate may sign an agreement for a party: the user with a certificate
/// carrying the agreement's user IIN; the head with one carrying the client's BIN and the first-head role; the
/// treasury with the certificate of an operator of the agreement's unit (the Registration service says who is).
/// </summary>
public static class AuthorityCheck
{
    /// <summary>The role the Signature service reports for the NCA's first-head extended key usage.</summary>
    public const string FirstHeadRole = "FirstHead";

    /// <summary>The NCA's extended key usage OID of a first head (1.2.398.3.3.4.1.2.1).</summary>
    public const string FirstHeadOid = "1.2.398.3.3.4.1.2.1";

    /// <summary>The refusal, or null when the signer has the authority.</summary>
    /// <param name="party">The party signing.</param>
    /// <param name="signer">The signer's report, already TOTAL_PASSED.</param>
    /// <param name="agreement">The agreement signed.</param>
    /// <param name="isUnitOperator">For the treasury: the Registration service's answer on the signer's IIN.</param>
    public static AuthorityRefusal? Evaluate(
        string party, SignerReport signer, Agreement agreement, bool? isUnitOperator = null)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(agreement);

        return party switch
        {
            AgreementPartyNames.User => signer.Subject?.Iin == agreement.UserIin
                ? null
                : new AuthorityRefusal(AuthorityRefusal.SignerNotUser,
                    "The certificate does not belong to the system user the agreement is concluded for."),
            AgreementPartyNames.Head => EvaluateHead(signer, agreement),
            AgreementPartyNames.Treasury => isUnitOperator == true
                ? null
                : new AuthorityRefusal(AuthorityRefusal.NotUnitOperator,
                    $"The certificate's holder is not an operator of the territorial unit {agreement.UnitCode}."),
            _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Not a party of the agreement."),
        };
    }

    /// <summary>True when the certificate grants the first-head role.</summary>
    public static bool IsFirstHead(SignerReport signer)
    {
        ArgumentNullException.ThrowIfNull(signer);

        return signer.Roles.Contains(FirstHeadRole)
            || (signer.Certificate?.ExtendedKeyUsage.Contains(FirstHeadOid) ?? false);
    }

    private static AuthorityRefusal? EvaluateHead(SignerReport signer, Agreement agreement)
    {
        if (signer.Subject?.Bin != agreement.Bin)
        {
            return new AuthorityRefusal(AuthorityRefusal.BinMismatch,
                "The certificate was not issued for the client's BIN.");
        }

        return IsFirstHead(signer)
            ? null
            : new AuthorityRefusal(AuthorityRefusal.NotFirstHead,
                "The certificate does not carry the first-head role: only the client's first head signs for it.");
    }
}
