using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.Gateway.Security;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.LoadBalancing;

namespace Kazynashylyk.Gateway.Routing;

/// <summary>
/// One route per service: <c>/api/{segment}/**</c> (the service's name; <c>signatures</c> for Signature) goes,
/// path unchanged, to the service found by service discovery under <c>{service}-api</c>. Several replicas of a
/// service are taken in turn. Every service route requires a valid platform access token
/// (<see cref="GatewayAuthorization.TokenPolicy"/>); the few calls made before a person has an account are the
/// <see cref="AnonymousRoutes"/>.
/// </summary>
public static class ServiceRoutes
{
    /// <summary>The service-discovery name of a service, as the AppHost names its resource.</summary>
    public static string ResourceNameOf(string service) => $"{service}-api";

    /// <summary>The service routes and the anonymous ones; each names its authorization policy.</summary>
    public static IReadOnlyList<RouteConfig> Routes(long maxRequestBodyBytes) =>
    [
        .. ServiceNames.All.Select(service => new RouteConfig
        {
            RouteId = service,
            ClusterId = service,
            AuthorizationPolicy = GatewayAuthorization.TokenPolicy,
            MaxRequestBodySize = maxRequestBodyBytes,
            Match = new RouteMatch { Path = $"/api/{ServiceNames.ApiSegmentOf(service)}/{{**rest}}" },
        }),
        .. AnonymousRoutes.Routes(maxRequestBodyBytes),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters() =>
        [.. ServiceNames.All.Select(service => new ClusterConfig
        {
            ClusterId = service,
            LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [service] = new() { Address = $"http://{ResourceNameOf(service)}" },
            },
        })];
}
