using Microsoft.AspNetCore.Http.HttpResults;

namespace Kazynashylyk.Gateway.Health;

/// <summary><c>GET /health</c>: 200 when every service is healthy, else 503; the body names each service.</summary>
public static class GatewayHealthEndpoints
{
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", GetAsync)
            .WithName("gateway-health")
            .WithSummary("Reports the health of the four services behind the gateway.")
            .WithTags("Platform")
            .DisableRateLimiting();

        return routes;
    }

    private static async Task<Results<Ok<GatewayHealth>, JsonHttpResult<GatewayHealth>>> GetAsync(
        ServicesHealthProbe probe,
        CancellationToken cancellationToken)
    {
        var health = await probe.ProbeAsync(cancellationToken);

        return health.Status == nameof(HealthStatusName.Healthy)
            ? TypedResults.Ok(health)
            : TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
