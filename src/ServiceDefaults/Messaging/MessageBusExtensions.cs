using Kazynashylyk.BuildingBlocks;
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
    /// the consumers and sagas <paramref name="configure"/> registers, and on every endpoint the durable pipeline
    /// (retries, inbox, transactional outbox, outbox scheduler). The service must have called
    /// <c>AddDurableMessaging</c> for its DbContext.
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
                rabbit.UseDurableMessaging(context);
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }
}
