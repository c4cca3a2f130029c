using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Kazynashylyk.ServiceDefaults.Health;

/// <summary>Health checks: <c>/alive</c> says the process runs, <c>/health</c> adds every dependency.</summary>
public static class HealthExtensions
{
    /// <summary>The tag of the checks that only say the process is alive.</summary>
    public const string LiveTag = "live";

    private static readonly HttpMethodMetadata ReadOnly = new([HttpMethods.Get, HttpMethods.Head]);

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        return builder;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync })
            .WithMetadata(ReadOnly)
            .DisableRateLimiting();

        return app.MapAliveEndpoint();
    }

    /// <summary>Maps <c>/alive</c> alone, for a process whose <c>/health</c> is its own.</summary>
    public static WebApplication MapAliveEndpoint(this WebApplication app)
    {
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).WithMetadata(ReadOnly).DisableRateLimiting();

        return app;
    }
}
