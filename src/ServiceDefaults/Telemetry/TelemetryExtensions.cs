using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Kazynashylyk.ServiceDefaults.Telemetry;

/// <summary>Traces, metrics and logs over OTLP to the dashboard, including the bus's and the database's.</summary>
public static class TelemetryExtensions
{
    /// <summary>The activity source and meter names MassTransit publishes under.</summary>
    public const string MassTransitSource = "MassTransit";

    /// <summary>The activity source and meter names Npgsql publishes under.</summary>
    public const string NpgsqlSource = "Npgsql";

    /// <summary>The activity source of Kazynashylyk's own spans.</summary>
    public const string KazynashylykSource = "Kazynashylyk";

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransitSource, NpgsqlSource, KazynashylykSource))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, MassTransitSource, NpgsqlSource, KazynashylykSource)
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !HostingExtensions.IsHealthPath(context.Request.Path))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
