using Kazynashylyk.Gateway.Health;
using Kazynashylyk.Gateway.Limits;
using Kazynashylyk.Gateway.Routing;
using Kazynashylyk.ServiceDefaults;
using Kazynashylyk.ServiceDefaults.Health;

namespace Kazynashylyk.Gateway;

/// <summary>The front door: routes to the four services, rate limits, errors as ProblemDetails, health.</summary>
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

        app.MapAliveEndpoint();
        app.MapGatewayHealth();
        app.MapReverseProxy(proxy => proxy.UseMiddleware<ProxyErrorMiddleware>())
            .RequireRateLimiting(ClientRateLimiting.PolicyName);

        return app;
    }
}
