using Kazynashylyk.BuildingBlocks.Consuming;
using Kazynashylyk.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kazynashylyk.BuildingBlocks;

/// <summary>
/// The one registration a service makes for its outbox, inbox, scheduler and their background workers.
/// </summary>
public static class DurableMessagingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the unit of work over <typeparamref name="TDbContext"/>, the HTTP outbox
    /// (<see cref="IDurableOutbox"/>), the dispatcher and the pruner. The DbContext must map the tables with
    /// <see cref="DurableMessagingModelBuilderExtensions.AddDurableMessagingTables"/>.
    /// </summary>
    public static IServiceCollection AddDurableMessaging<TDbContext>(
        this IServiceCollection services, Action<DurableMessagingOptions>? configure = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DurableMessagingOptions>().Configure(options => configure?.Invoke(options));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxDispatchSignal>();
        services.TryAddScoped(provider => new MessageUnitOfWork(
            provider.GetRequiredService<TDbContext>(),
            provider.GetRequiredService<OutboxDispatchSignal>(),
            provider.GetRequiredService<TimeProvider>(),
            provider));
        services.TryAddScoped<IDurableOutbox, DurableOutbox>();

        services.TryAddSingleton<OutboxDispatcher<TDbContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher<TDbContext>>());
        services.TryAddSingleton<DurableMessagingPruner<TDbContext>>();
        services.AddHostedService(provider => provider.GetRequiredService<DurableMessagingPruner<TDbContext>>());

        return services;
    }
}
