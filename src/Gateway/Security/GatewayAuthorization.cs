using Kazynashylyk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Kazynashylyk.Gateway.Security;

/// <summary>
/// The gateway checks the platform's access token before it forwards anything: the same validation as the
/// services (<see cref="PlatformAuthenticationExtensions"/>: HS256, issuer and audience <c>kazynashylyk</c>, key
/// <c>Jwt:SigningKey</c>), so a request without a valid token is answered 401 here and never reaches a service.
/// Every route names its policy explicitly: <see cref="TokenPolicy"/>, or <see cref="AnonymousPolicy"/> for the
/// few calls a person makes before having an account. The Authorization header is forwarded unchanged and each
/// service validates the token again.
/// </summary>
public static class GatewayAuthorization
{
    /// <summary>The policy of every route but the anonymous ones: a valid platform access token.</summary>
    public const string TokenPolicy = "platform-token";

    /// <summary>YARP's reserved policy name for a route that is forwarded without any token.</summary>
    public const string AnonymousPolicy = "anonymous";

    /// <summary>
    /// Adds the platform's bearer authentication and <see cref="TokenPolicy"/>; throws at start-up when
    /// <c>Jwt:SigningKey</c> is missing or too short.
    /// </summary>
    public static WebApplicationBuilder AddGatewayAuthorization(this WebApplicationBuilder builder)
    {
        builder.AddPlatformAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(TokenPolicy, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());

        return builder;
    }
}
