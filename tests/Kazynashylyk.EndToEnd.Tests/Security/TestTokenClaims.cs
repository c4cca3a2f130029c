using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.EndToEnd.Tests.Security;

/// <summary>
/// What a test token says: the claims of <see cref="PlatformJwt"/>, and its issuer, audience and lifetime, which
/// tests change to make a token the platform must refuse.
/// </summary>
public sealed record TestTokenClaims
{
    /// <summary>The NCA test pack's legal entity, whose head and employees sign in the tests.</summary>
    public const string TestPackBin = "123456789021";

    /// <summary>The IIN of the NCA test pack's employee with the right to sign.</summary>
    public const string TestPackIin = "123456789012";

    public required Guid UserId { get; init; }

    /// <summary>One of <see cref="PlatformRoles"/>.</summary>
    public required string Role { get; init; }

    public string? IinHmac { get; init; }

    public string? Bin { get; init; }

    public string? CertificateSerial { get; init; }

    public string? Unit { get; init; }

    public string Issuer { get; init; } = PlatformJwt.Issuer;

    public string Audience { get; init; } = PlatformJwt.Audience;

    /// <summary>From now; a negative lifetime gives a token that has already expired.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(10);
}
