using Kazynashylyk.Gateway.Health;
using Kazynashylyk.Gateway.Limits;
using Kazynashylyk.Gateway.Routing;
using Kazynashylyk.Gateway.Security;
using Kazynashylyk.ServiceDefaults;
using Kazynashylyk.ServiceDefaults.Health;
using Kazynashylyk.ServiceDefaults.Security;

namespace Kazynashylyk.Gateway;

/// <summary>
/// The front door: routes to the four services, rate limits, the access token checked before anything is
/// forwarded, errors as ProblemDetails, health. A request passes, in order: ProblemDetails and correlation id,
/// the per-client rate limit, the declared body size, then authentication and the route's authorization policy,
/// and only then is forwarded. <c>/health</c> and <c>/alive</c> need no token. An <c>Idempotency-Key</c> header
/// is forwarded as it came: the services keep the keys (in the shared Redis) and answer repeats themselves.
/// </summary>
public static class GatewayExtensions
{
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section);
        var options = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(ServiceRoutes.Routes(options.MaxRequestBodyBytes), ServiceRoutes.Clusters())
            .AddServiceDiscoveryDestinationResolver();
        builder.Services.AddClientRateLimiting(builder.Configuration);
        builder.AddGatewayAuthorization();
        // A health probe asks once: retrying a service that is down only delays the answer that it is down.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented way.
        builder.Services.AddHttpClient<ServicesHealthProbe>().RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        return builder;
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseServiceDefaults();
        app.UseRateLimiter();
        app.UseMiddleware<RequestSizeMiddleware>();
        app.UseMiddleware<HeaderValueMiddleware>();

        // After the rate limit, so a flood of bad tokens is throttled like anything else.
        app.UsePlatformAuthentication();

        app.MapAliveEndpoint();
        app.MapGatewayHealth();
        app.MapReverseProxy(proxy => proxy.UseMiddleware<ProxyErrorMiddleware>())
            .RequireRateLimiting(ClientRateLimiting.PolicyName);

        return app;
    }
}
