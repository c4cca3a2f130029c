using Kazynashylyk.Contracts.Platform;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kazynashylyk.ServiceDefaults.Messaging;

/// <summary>The MassTransit bus on RabbitMQ, configured the same way in every service.</summary>
public static class MessageBusExtensions
{
    /// <summary>The connection name of the RabbitMQ broker.</summary>
    public const string ConnectionName = "rabbitmq";

    /// <summary>
    /// Adds the bus: kebab-case endpoint names, the service's <see cref="PingService"/> responder on its own queue,
    /// retries with growing intervals, and the consumers and sagas <paramref name="configure"/> registers.
    /// The bus health check (tags "ready" and "masstransit") joins the service's <c>/health</c>.
    /// </summary>
    public static TBuilder AddMessageBus<TBuilder>(
        this TBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configure = null)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"The connection string '{ConnectionName}' is missing.");

        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConsumer<PingServiceConsumer>()
                .Endpoint(endpoint => endpoint.Name = ServiceNames.PingQueueOf(serviceName));
            configure?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.UseMessageRetry(retry => retry.Intervals(100, 500, 1_000, 2_000, 5_000));
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }
}
