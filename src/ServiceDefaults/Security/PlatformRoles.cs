namespace Kazynashylyk.ServiceDefaults.Security;

/// <summary>
/// What a caller is to the platform, as the <see cref="PlatformJwt.RoleClaim"/> says: it decides what each caller
/// may do. A client's user whose onboarding is still under way logs in as an applicant, allowed only to see and
/// sign the documents of their own onboarding.
/// </summary>
public static class PlatformRoles
{
    /// <summary>An operator of a territorial treasury unit (the token carries the unit's code).</summary>
    public const string TreasuryOperator = "treasury-operator";

    /// <summary>A client's first head (the token carries the client's BIN).</summary>
    public const string ClientHead = "client-head";

    /// <summary>An active system user of a client.</summary>
    public const string ClientUser = "client-user";

    /// <summary>A registered system user not yet active.</summary>
    public const string Applicant = "applicant";
}
