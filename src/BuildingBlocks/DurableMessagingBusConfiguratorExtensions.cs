using Kazynashylyk.BuildingBlocks.Consuming;
using Kazynashylyk.BuildingBlocks.DeadLetters;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.BuildingBlocks;

/// <summary>
/// Applies retries, the inbox/outbox filter and the dead-letter log event to every receive endpoint of a bus.
/// </summary>
public static class DurableMessagingBusConfiguratorExtensions
{
    /// <summary>
    /// Call inside <c>UsingRabbitMq((context, cfg) =&gt; …)</c> before <c>ConfigureEndpoints</c>. The retry runs
    /// outside the transaction, so each attempt starts a fresh one.
    /// </summary>
    public static void UseDurableMessaging(this IBusFactoryConfigurator configurator, IBusRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        ArgumentNullException.ThrowIfNull(context);
        var options = context.GetRequiredService<IOptions<DurableMessagingOptions>>().Value;

        // Known limitation: retries are in-memory with short pauses and there is no delayed redelivery, because
        // RabbitMQ 3.10 here has no delayed-message exchange; after RetryLimit the message waits in _error.
        configurator.UseMessageRetry(retry => retry.Exponential(
            options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryMinInterval));
        configurator.UseConsumeFilter(typeof(DurableConsumeFilter<>), context);
        configurator.ConnectEndpointConfigurationObserver(
            new DeadLetterEndpointObserver(context.GetRequiredService<ILoggerFactory>()));
    }
}
