using System.Diagnostics;
using Kazynashylyk.Contracts.Platform;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kazynashylyk.ServiceDefaults.Messaging;

/// <summary>
/// <c>GET /api/{segment}/platform/bus-probe/{target}</c>: sends <see cref="PingService"/> over RabbitMQ to the
/// target service's queue and answers with who responded and how long the round trip took.
/// </summary>
public static class BusProbeEndpoints
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapBusProbe(this IEndpointRouteBuilder routes, string serviceName)
    {
        routes.MapGet($"/api/{ServiceNames.ApiSegmentOf(serviceName)}/platform/bus-probe/{{target}}", ProbeAsync)
            .WithName($"{serviceName}-bus-probe")
            .WithSummary("Sends a ping over the bus to a service and reports the round trip.")
            .WithTags("Platform");

        return routes;
    }

    private static async Task<Results<Ok<BusProbeResult>, ProblemHttpResult>> ProbeAsync(
        string target,
        IClientFactory clients,
        ServiceIdentity identity,
        CancellationToken cancellationToken)
    {
        // The target may be named as on the bus (signature) or as in the path (signatures).
        var service = ServiceNames.All.FirstOrDefault(
            name => name == target || ServiceNames.ApiSegmentOf(name) == target);
        if (service is null)
        {
            return TypedResults.Problem(
                title: "Unknown service.",
                detail: $"The target is not one of: {string.Join(", ", ServiceNames.All)}.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var client = clients.CreateRequestClient<PingService>(
            new Uri($"queue:{ServiceNames.PingQueueOf(service)}"), ProbeTimeout);
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await client.GetResponse<ServicePinged>(
                new PingService
                {
                    ProbeId = Guid.NewGuid(),
                    RequestedBy = identity.Name,
                    SentAt = DateTimeOffset.UtcNow,
                },
                cancellationToken);

            return TypedResults.Ok(new BusProbeResult
            {
                RequestedBy = identity.Name,
                RequestedByInstance = identity.Instance,
                RespondedBy = response.Message.RespondedBy,
                Instance = response.Message.Instance,
                RoundTripMs = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
            });
        }
        catch (RequestTimeoutException)
        {
            return TypedResults.Problem(
                title: "The bus probe timed out.",
                detail: $"'{service}' did not answer within {ProbeTimeout.TotalSeconds} s.",
                statusCode: StatusCodes.Status504GatewayTimeout);
        }
    }
}
