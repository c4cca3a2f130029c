using System.Security.Claims;

namespace Kazynashylyk.ServiceDefaults.Security;

/// <summary>What every Kazynashylyk access token carries and how a service reads the caller from it.</summary>
public static class PlatformJwt
{
    /// <summary>The issuer and the audience of every access token.</summary>
    public const string Issuer = "kazynashylyk";

    /// <summary>The audience of every access token.</summary>
    public const string Audience = "kazynashylyk";

    /// <summary>The configuration key of the HS256 signing key (<c>Jwt__SigningKey</c> in the environment).</summary>
    public const string SigningKeySetting = "Jwt:SigningKey";

    /// <summary>The claim holding the system user's id.</summary>
    public const string UserIdClaim = "sub";

    /// <summary>The claim holding an HMAC-SHA256 of the holder's IIN under the server's key, base64url.</summary>
    public const string IinHmacClaim = "iin_hmac";

    /// <summary>The claim holding the client's BIN (users and heads) or absent (treasury operators).</summary>
    public const string BinClaim = "bin";

    /// <summary>The claim holding one of the <see cref="PlatformRoles"/>.</summary>
    public const string RoleClaim = "role";

    /// <summary>The claim holding the serial (hex) of the certificate the caller logged in with.</summary>
    public const string CertificateSerialClaim = "cert_serial";

    /// <summary>The claim holding the territorial unit's code, for treasury operators.</summary>
    public const string UnitClaim = "unit";

    /// <summary>The shortest signing key accepted: HS256 needs at least 256 bits.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>
    /// The caller's system user id, or null when the principal has no <c>sub</c> claim holding a Guid.
    /// </summary>
    public static Guid? UserIdOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);

        return Guid.TryParse(principal.FindFirstValue(UserIdClaim), out var userId) ? userId : null;
    }
}
