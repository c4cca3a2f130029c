using Kazynashylyk.BuildingBlocks.Logging;
using MassTransit;
using MassTransit.Logging;
using MassTransit.Middleware;
using MassTransit.Serialization;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <summary>
/// Sends committed outbox rows to the broker, at least once, in sequence order within a conversation. Replicas
/// share the work: a row is claimed with <c>FOR UPDATE SKIP LOCKED</c> and a conversation with a transaction-scoped
/// advisory lock, so two dispatchers never send rows of one conversation at the same time.
/// </summary>
public sealed class OutboxDispatcher<TDbContext> : BackgroundService
    where TDbContext : DbContext
{
    private const long AdvisoryLockSeed = 7_301;

    private readonly IServiceScopeFactory _scopes;
    private readonly IBusControl _bus;
    private readonly OutboxDispatchSignal _signal;
    private readonly DurableMessagingOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<OutboxDispatcher<TDbContext>> _logger;

    public OutboxDispatcher(
        IServiceScopeFactory scopes,
        IBusControl bus,
        OutboxDispatchSignal signal,
        IOptions<DurableMessagingOptions> options,
        TimeProvider clock,
        ILogger<OutboxDispatcher<TDbContext>> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _bus = bus;
        _signal = signal;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Runs one round: claims due rows, sends them, marks the sent ones, commits.</summary>
    public async Task<OutboxDispatchResult> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var table = DurableTables.From(db).Outbox;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Candidates are picked first so that the advisory lock is only tried on pending rows; the outer
        // dispatched_at check is re-evaluated on the newest row version once its row lock is granted.
        var sql = $$"""
            WITH candidate AS MATERIALIZED (
                SELECT sequence_number FROM {{table}}
                WHERE dispatched_at IS NULL AND due_at <= {0}
                ORDER BY sequence_number LIMIT {1})
            SELECT o.* FROM {{table}} o JOIN candidate c ON c.sequence_number = o.sequence_number
            WHERE o.dispatched_at IS NULL
              AND pg_try_advisory_xact_lock(hashtextextended(COALESCE(o.conversation_id, o.message_id)::text, {2}))
            ORDER BY o.sequence_number
            FOR UPDATE OF o SKIP LOCKED
            """;
        var now = _clock.GetUtcNow().UtcDateTime;
        var rows = await db.Set<OutboxMessage>()
            .FromSqlRaw(sql, now, _options.DispatchBatchSize, AdvisoryLockSeed)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);

            return new OutboxDispatchResult(0, 0, false);
        }

        var conversations = rows.GroupBy(x => x.ConversationId ?? x.MessageId).ToList();
        var sent = 0;
        var failed = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.DispatchParallelism,
            CancellationToken = cancellationToken,
        };
        // Known limitation: the claim transaction stays open while the round sends, because the row locks are what
        // keep other replicas away; a broker that answers slowly holds the rows up to SendTimeout per row.
        await Parallel.ForEachAsync(conversations, parallel, async (conversation, token) =>
        {
            foreach (var row in conversation.OrderBy(x => x.SequenceNumber))
            {
                // A conversation stops at its first failure so that no later message overtakes it.
                if (!await TrySendAsync(row, token))
                {
                    Interlocked.Increment(ref failed);
                    break;
                }

                Interlocked.Increment(ref sent);
            }
        });

        // The sends already happened; recording them must not be abandoned halfway because the host stops.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        _logger.OutboxDispatched(sent, conversations.Count);

        return new OutboxDispatchResult(rows.Count, sent, failed > 0);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The hosted bus may start after this service; sending before it is up would only fill the back-off.
        await _bus.WaitForHealthStatus(BusHealthStatus.Healthy, stoppingToken);
        var failedRounds = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            OutboxDispatchResult result;
            try
            {
                result = await DispatchOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
            {
                _logger.OutboxRoundFaulted(exception);
                result = new OutboxDispatchResult(0, 0, true);
            }

            if (result.BrokerFailed)
            {
                failedRounds++;
                var delay = Backoff(failedRounds);
                _logger.OutboxBackingOff(delay, failedRounds);
                await Task.Delay(delay, _clock, stoppingToken);
                continue;
            }

            failedRounds = 0;

            // Known limitation: a scheduled message is sent up to PollInterval after it falls due, because the
            // dispatcher polls for due rows instead of sleeping until the earliest due time.
            if (result.Claimed < _options.DispatchBatchSize)
            {
                await _signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    private TimeSpan Backoff(int failedRounds)
    {
        var factor = Math.Pow(2, Math.Min(failedRounds - 1, 16));
        var delay = TimeSpan.FromMilliseconds(_options.MinBackoff.TotalMilliseconds * factor);

        return delay < _options.MaxBackoff ? delay : _options.MaxBackoff;
    }

    private async Task<bool> TrySendAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        row.Attempts++;
        if (row.DestinationAddress is null)
        {
            _logger.OutboxMessageUndeliverable(row.MessageId, row.SequenceNumber);
            row.LastError = "no destination address";
            row.DispatchedAt = _clock.GetUtcNow().UtcDateTime;

            return true;
        }

        if (row.ExpirationTime is { } expiration && expiration < _clock.GetUtcNow().UtcDateTime)
        {
            // The sender gave the message a time to live; delivering it late would break that promise.
            row.LastError = "expired before dispatch";
            row.DispatchedAt = _clock.GetUtcNow().UtcDateTime;

            return true;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.SendTimeout);
        var activity = LogContext.Current?.StartOutboxDeliverActivity(row);
        try
        {
            var endpoint = await _bus.GetSendEndpoint(row.DestinationAddress);
            var pipe = new OutboxMessageSendPipe(row, row.DestinationAddress);
            await endpoint.Send(new SerializedMessageBody(), pipe, timeout.Token);
            row.DispatchedAt = _clock.GetUtcNow().UtcDateTime;
            row.LastError = null;

            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.AddExceptionEvent(exception);
            var error = $"{exception.GetType().Name}: {exception.Message}";
            row.LastError = error.Length > 1000 ? error[..1000] : error;
            _logger.OutboxSendFailed(exception, row.MessageId, row.SequenceNumber, row.Attempts);

            return false;
        }
        finally
        {
            activity?.Stop();
        }
    }
}
