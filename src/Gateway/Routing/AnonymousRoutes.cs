using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.Gateway.Security;
using Yarp.ReverseProxy.Configuration;

namespace Kazynashylyk.Gateway.Routing;

/// <summary>
/// The only calls forwarded without a token, all to Registration: logging in (the challenge and the signed
/// answer), registering (a person registers before having an account) and the reference data the registration
/// form needs. Being more specific than the service's own <c>/api/registration/{**rest}</c>, these routes win
/// for their paths and methods; any other method on the same path falls to the service route and needs a token.
/// </summary>
public static class AnonymousRoutes
{
    private const string Prefix = "/api/registration";

    public static IReadOnlyList<RouteConfig> Routes(long maxRequestBodyBytes) =>
    [
        Route("registration-login-challenge", $"{Prefix}/login/challenge", [HttpMethods.Post], maxRequestBodyBytes),
        Route("registration-login", $"{Prefix}/login", [HttpMethods.Post], maxRequestBodyBytes),

        // A catch-all parameter is optional: this matches the collection itself and everything below it.
        Route("registration-registrations", $"{Prefix}/registrations/{{**rest}}", null, maxRequestBodyBytes),
        Route("registration-reference", $"{Prefix}/reference/{{**rest}}", [HttpMethods.Get], maxRequestBodyBytes),
    ];

    private static RouteConfig Route(
        string routeId, string path, IReadOnlyList<string>? methods, long maxRequestBodyBytes) => new()
    {
        RouteId = routeId,
        ClusterId = ServiceNames.Registration,
        AuthorizationPolicy = GatewayAuthorization.AnonymousPolicy,
        MaxRequestBodySize = maxRequestBodyBytes,
        Match = new RouteMatch { Path = path, Methods = methods },
    };
}
