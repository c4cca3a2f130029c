using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>Healthy when a TCP connection to the loopback port succeeds within two seconds.</summary>
public sealed class TcpPortHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);

            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"port {port} is not accepting connections");
        }
    }
}
