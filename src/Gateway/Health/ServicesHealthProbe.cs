using Kazynashylyk.Contracts.Platform;
using Kazynashylyk.Gateway.Routing;
using Kazynashylyk.ServiceDefaults.Health;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.Gateway.Health;

/// <summary>Asks each service for its <c>/health</c> in parallel, each within the configured timeout.</summary>
public sealed partial class ServicesHealthProbe(
    HttpClient http,
    IOptions<GatewayOptions> options,
    ILogger<ServicesHealthProbe> logger)
{
    public async Task<GatewayHealth> ProbeAsync(CancellationToken cancellationToken)
    {
        var services = await Task.WhenAll(ServiceNames.All.Select(name => ProbeOneAsync(name, cancellationToken)));
        var healthy = services.All(service => service.Status == nameof(HealthStatusName.Healthy));

        return new GatewayHealth
        {
            Status = healthy ? nameof(HealthStatusName.Healthy) : nameof(HealthStatusName.Unhealthy),
            Services = services,
        };
    }

    private async Task<ServiceHealthEntry> ProbeOneAsync(string name, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.HealthTimeoutSeconds));
        try
        {
            using var response = await http.GetAsync(
                $"http://{ServiceRoutes.ResourceNameOf(name)}/health", timeout.Token);
            var report = await response.Content.ReadFromJsonAsync<ServiceHealth>(timeout.Token);

            return new ServiceHealthEntry
            {
                Name = name,
                Status = report?.Status ?? nameof(HealthStatusName.Unhealthy),
                Checks = report?.Checks ?? [],
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException
            or System.Text.Json.JsonException)
        {
            LogProbeFailed(logger, name, exception.GetType().Name);

            return new ServiceHealthEntry
            {
                Name = name,
                Status = nameof(HealthStatusName.Unhealthy),
                Error = exception is OperationCanceledException ? "timed out" : "unreachable",
            };
        }
    }

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Health probe of {Service} failed: {Reason}")]
    private static partial void LogProbeFailed(ILogger logger, string service, string reason);
}
