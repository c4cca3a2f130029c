using Kazynashylyk.BuildingBlocks.Inbox;
using Kazynashylyk.BuildingBlocks.Logging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <summary>
/// Deletes dispatched outbox rows and inbox records once their retention has passed.
/// </summary>
public sealed class DurableMessagingPruner<TDbContext> : BackgroundService
    where TDbContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly DurableMessagingOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DurableMessagingPruner<TDbContext>> _logger;

    public DurableMessagingPruner(
        IServiceScopeFactory scopes,
        IOptions<DurableMessagingOptions> options,
        TimeProvider clock,
        ILogger<DurableMessagingPruner<TDbContext>> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Deletes what is past retention now; returns the outbox and inbox row counts removed.</summary>
    public async Task<(int Outbox, int Inbox)> PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = _clock.GetUtcNow().UtcDateTime;
        var outboxCutoff = now - _options.OutboxRetention;
        var inboxCutoff = now - _options.InboxRetention;

        var outbox = await db.Set<OutboxMessage>()
            .Where(x => x.DispatchedAt != null && x.DispatchedAt < outboxCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        // Known limitation: a redelivery arriving after its inbox row is pruned runs again, because the inbox
        // remembers message ids only for InboxRetention.
        var inbox = await db.Set<InboxMessage>()
            .Where(x => x.ReceivedAt < inboxCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        _logger.Pruned(outbox, inbox);

        return (outbox, inbox);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
            {
                _logger.PruningFaulted(exception);
            }

            await Task.Delay(_options.PruneInterval, _clock, stoppingToken);
        }
    }
}
