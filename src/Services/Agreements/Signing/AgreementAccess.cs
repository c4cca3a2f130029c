using System.Security.Claims;
using Kazynashylyk.Agreements.Data;
using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.Agreements.Signing;

/// <summary>
/// Who a caller is to an agreement, from the access token: the user (an applicant or client user whose
/// <c>sub</c> is the agreement's user), the client's head (<c>bin</c> is the agreement's BIN) or an operator of its
/// territorial unit (<c>unit</c> is its unit code). Only the parties see an agreement.
/// </summary>
public static class AgreementAccess
{
    /// <summary>The parties the caller's roles let them act as, in signing order, whatever the agreement.</summary>
    public static IReadOnlyList<string> PartiesByRole(ClaimsPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = caller.FindAll(PlatformJwt.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var parties = new List<string>();
        if (roles.Contains(PlatformRoles.Applicant) || roles.Contains(PlatformRoles.ClientUser))
        {
            parties.Add(AgreementPartyNames.User);
        }

        if (roles.Contains(PlatformRoles.ClientHead))
        {
            parties.Add(AgreementPartyNames.Head);
        }

        if (roles.Contains(PlatformRoles.TreasuryOperator))
        {
            parties.Add(AgreementPartyNames.Treasury);
        }

        return parties;
    }

    /// <summary>True when the caller's token names them as <paramref name="party"/> of this agreement.</summary>
    public static bool IsParty(ClaimsPrincipal caller, string party, Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(agreement);
        if (!PartiesByRole(caller).Contains(party))
        {
            return false;
        }

        return party switch
        {
            AgreementPartyNames.User => PlatformJwt.UserIdOf(caller) == agreement.UserId,
            AgreementPartyNames.Head => caller.FindFirstValue(PlatformJwt.BinClaim) == agreement.Bin,
            AgreementPartyNames.Treasury => caller.FindFirstValue(PlatformJwt.UnitClaim) == agreement.UnitCode,
            _ => false,
        };
    }

    /// <summary>True when the caller is any party of the agreement; everyone else is told it does not exist.</summary>
    public static bool CanSee(ClaimsPrincipal caller, Agreement agreement) =>
        PartiesByRole(caller).Any(party => IsParty(caller, party, agreement));

    /// <summary>
    /// The party a signing caller signs as: the awaited one when their roles allow it, else the first their roles
    /// name (the order check then says what is awaited); null when no role of theirs signs agreements.
    /// </summary>
    public static string? SigningPartyOf(ClaimsPrincipal caller, string? awaited)
    {
        var parties = PartiesByRole(caller);

        if (awaited is not null && parties.Contains(awaited))
        {
            return awaited;
        }

        return parties.Count > 0 ? parties[0] : null;
    }
}
