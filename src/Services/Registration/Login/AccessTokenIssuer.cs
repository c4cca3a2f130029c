using System.Text;
using Kazynashylyk.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kazynashylyk.Registration.Login;

/// <summary>
/// Issues the platform's HS256 access tokens (<see cref="PlatformJwt"/>): the subject, the role, the HMAC of the
/// IIN (never the IIN), the BIN or the unit, the serial of the certificate used. Every service validates them with
/// the same key.
/// </summary>
public sealed class AccessTokenIssuer
{
    private readonly SigningCredentials credentials;
    private readonly IOptions<LoginOptions> options;
    private readonly TimeProvider time;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public AccessTokenIssuer(IConfiguration configuration, IOptions<LoginOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration[PlatformJwt.SigningKeySetting];
        if (string.IsNullOrWhiteSpace(key) || Encoding.UTF8.GetByteCount(key) < PlatformJwt.MinimumKeyBytes)
        {
            throw new InvalidOperationException(
                $"The JWT signing key '{PlatformJwt.SigningKeySetting}' is missing or shorter than "
                + $"{PlatformJwt.MinimumKeyBytes} bytes.");
        }

        credentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256);
        this.options = options;
        this.time = time;
    }

    public LoginResponse Issue(LoginCandidate candidate, string iinHmac, string certificateSerial)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var now = time.GetUtcNow();
        var expiresAt = now + options.Value.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [PlatformJwt.UserIdClaim] = candidate.Subject.ToString("D"),
            [PlatformJwt.RoleClaim] = candidate.Role,
            [PlatformJwt.IinHmacClaim] = iinHmac,
            [PlatformJwt.CertificateSerialClaim] = certificateSerial,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (candidate.Bin is not null)
        {
            claims[PlatformJwt.BinClaim] = candidate.Bin;
        }

        if (candidate.UnitCode is not null)
        {
            claims[PlatformJwt.UnitClaim] = candidate.UnitCode;
        }

        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformJwt.Issuer,
            Audience = PlatformJwt.Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = credentials,
        });

        return new LoginResponse(token, expiresAt, candidate.Role, candidate.Subject.ToString("D"));
    }
}
