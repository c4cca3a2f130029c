using Kazynashylyk.ServiceDefaults.Health;
using Kazynashylyk.ServiceDefaults.Http;
using Kazynashylyk.ServiceDefaults.Http.Idempotency;
using Kazynashylyk.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Kazynashylyk.ServiceDefaults;

/// <summary>
/// The wiring every Kazynashylyk process shares: telemetry, health, resilience, service discovery,
/// ProblemDetails and Data Protection keys kept in Redis so that replicas read each other's cookies and tokens.
/// </summary>
public static class HostingExtensions
{
    /// <summary>The connection name of the shared Redis instance.</summary>
    public const string RedisConnectionName = "redis";

    private const string DataProtectionKey = "kazynashylyk:data-protection-keys";

    /// <summary>Adds the defaults shared by the gateway and the services.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.AddSingleton<IProblemDetailsWriter, JsonProblemDetailsWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();

        return builder;
    }

    /// <summary>
    /// Connects the shared Redis (health check and tracing included) and keeps the Data Protection key ring
    /// there, so every replica of a service protects and unprotects with the same keys. Idempotency keys live
    /// there too (section <c>Idempotency</c>), which turns on <c>Idempotency-Key</c> handling in
    /// <see cref="UseServiceDefaults"/>.
    /// </summary>
    public static TBuilder AddSharedRedis<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddRedisClient(RedisConnectionName);

        builder.Services.AddDataProtection().SetApplicationName("kazynashylyk");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IConnectionMultiplexer>((options, redis) =>
                options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKey));

        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section);
        builder.Services.AddSingleton<IdempotencyStore>();

        return builder;
    }

    /// <summary>
    /// Adds the middleware every process runs first: ProblemDetails for errors, the correlation id and, in a
    /// process with the shared Redis, <c>Idempotency-Key</c> handling for mutating requests.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationIdMiddleware>();

        // Only the services keep idempotency keys; the gateway forwards the header and leaves them to the service.
        var registered = app.Services.GetRequiredService<IServiceProviderIsService>();
        if (registered.IsService(typeof(IdempotencyStore)))
        {
            app.UseMiddleware<IdempotencyMiddleware>();
        }

        return app;
    }

    /// <summary>Maps <c>/health</c> (every check, JSON) and <c>/alive</c> (liveness only).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();

        return app;
    }

    internal static bool IsHealthPath(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");
}
