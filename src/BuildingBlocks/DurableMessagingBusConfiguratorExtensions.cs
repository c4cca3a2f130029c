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

        configurator.UseMessageRetry(retry => retry.Exponential(
            options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryMinInterval));
        configurator.UseConsumeFilter(typeof(DurableConsumeFilter<>), context);
        configurator.ConnectEndpointConfigurationObserver(
            new DeadLetterEndpointObserver(context.GetRequiredService<ILoggerFactory>()));
    }
}
