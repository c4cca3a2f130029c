using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>
/// Healthy when an AMQP connection with the configured user opens: the broker has booted and accepts us.
/// </summary>
public sealed class RabbitMqHealthCheck(Uri endpoint, string user, string password) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        var factory = new ConnectionFactory
        {
            Uri = endpoint,
            UserName = user,
            Password = password,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);

            return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("connection closed");
        }
        catch (Exception exception) when (exception is BrokerUnreachableException or OperationCanceledException
            or OperationInterruptedException or IOException)
        {
            return HealthCheckResult.Unhealthy("the broker does not accept connections yet");
        }
    }
}
