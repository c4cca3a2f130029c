using System.Security.Claims;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.Registration.Users;

/// <summary>
/// Who may see a system user: the user, the head of the user's client, an operator of the user's unit.
/// </summary>
internal static class UserAccess
{
    public static bool MaySee(ClaimsPrincipal caller, UserView user)
    {
        var role = caller.FindFirstValue(PlatformJwt.RoleClaim);

        return role switch
        {
            PlatformRoles.ClientUser or PlatformRoles.Applicant => PlatformJwt.UserIdOf(caller) == user.Response.Id,
            PlatformRoles.ClientHead => caller.FindFirstValue(PlatformJwt.BinClaim) == user.ClientBin,
            PlatformRoles.TreasuryOperator =>
                caller.FindFirstValue(PlatformJwt.UnitClaim) is { } unit && user.UnitCodes.Contains(unit),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the caller may close the user: an operator of the user's unit, or the head of the user's client.
    /// </summary>
    public static bool MayClose(ClaimsPrincipal caller, UserView user) =>
        caller.FindFirstValue(PlatformJwt.RoleClaim) is PlatformRoles.TreasuryOperator or PlatformRoles.ClientHead
        && MaySee(caller, user);
}
