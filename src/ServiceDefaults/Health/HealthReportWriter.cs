using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kazynashylyk.ServiceDefaults.Health;

/// <summary>
/// Writes a health report as JSON: the service, its overall status and each check's status and duration.
/// Exception texts are left out: they can carry connection strings.
/// </summary>
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var environment = context.RequestServices.GetRequiredService<IHostEnvironment>();
        var body = new ServiceHealth
        {
            Service = environment.ApplicationName,
            Status = report.Status.ToString(),
            DurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            Checks = report.Entries
                .Select(entry => new CheckHealth
                {
                    Name = entry.Key,
                    Status = entry.Value.Status.ToString(),
                    Description = entry.Value.Description,
                    DurationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
                    Tags = [.. entry.Value.Tags],
                })
                .ToList(),
        };

        context.Response.ContentType = "application/json; charset=utf-8";

        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
