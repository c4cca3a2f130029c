using Kazynashylyk.BuildingBlocks.Outbox;
using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kazynashylyk.BuildingBlocks.Consuming;

/// <summary>
/// The one database transaction of a message handler or an HTTP request: state changes, inbox record, outbox rows
/// and schedule cancellations commit together, or not at all.
/// </summary>
public sealed class MessageUnitOfWork : OutboxSendContext, IAsyncDisposable
{
    private readonly List<OutboxMessage> _pending = [];
    private readonly List<Guid> _cancelledTokens = [];
    private readonly OutboxDispatchSignal _signal;
    private readonly TimeProvider _clock;
    private readonly IServiceProvider _services;
    private DurableTables? _tables;
    private Guid? _conversationId;
    private IDbContextTransaction? _transaction;

    public MessageUnitOfWork(
        DbContext dbContext, OutboxDispatchSignal signal, TimeProvider clock, IServiceProvider services)
    {
        DbContext = dbContext;
        _services = services;
        _signal = signal;
        _clock = clock;
    }

    /// <summary>The service's DbContext, shared with the handler in the same scope.</summary>
    public DbContext DbContext { get; }

    /// <summary>True once the transaction has committed; later commits in the same attempt do nothing.</summary>
    public bool IsCommitted { get; private set; }

    /// <summary>True for units of work outside a handler, whose messages form one conversation.</summary>
    internal bool SharesConversation { get; set; }

    internal DurableTables Tables => _tables ??= DurableTables.From(DbContext);

    /// <summary>Starts a fresh attempt: forgets anything a failed earlier attempt left behind.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await ResetAsync();
        _transaction = await DbContext.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Begins the transaction unless one is already open.</summary>
    public async Task EnsureBegunAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null && !IsCommitted)
        {
            _transaction = await DbContext.Database.BeginTransactionAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Records the message id for the endpoint; false when it is already recorded (a redelivery). A concurrent
    /// duplicate waits on the row lock until the first transaction ends, so only one of them ever proceeds.
    /// </summary>
    public async Task<bool> TryRecordInboxAsync(Guid messageId, string consumerId, CancellationToken cancellationToken)
    {
        await EnsureBegunAsync(cancellationToken);

        // EF Core has no ON CONFLICT; a failed plain INSERT would abort the whole PostgreSQL transaction.
        var sql = $"INSERT INTO {Tables.Inbox} (message_id, consumer_id, received_at) VALUES ({{0}}, {{1}}, {{2}}) "
            + "ON CONFLICT DO NOTHING";
        var inserted = await DbContext.Database.ExecuteSqlRawAsync(
            sql, [messageId, consumerId, _clock.GetUtcNow().UtcDateTime], cancellationToken);

        return inserted == 1;
    }

    /// <inheritdoc />
    public Task AddSend<T>(SendContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException("An outbox message needs a MessageId");

        // MassTransit starts a new conversation for every message sent outside a handler; an HTTP request's
        // messages share the first one's instead, so the dispatcher keeps them in the order they were written.
        if (SharesConversation)
        {
            _conversationId ??= context.ConversationId ?? NewId.NextGuid();
            context.ConversationId = _conversationId;
        }
        var now = _clock.GetUtcNow().UtcDateTime;
        var (traceParent, traceState) = OutboxHeaders.CurrentTrace(context.Headers);
        var row = new OutboxMessage
        {
            MessageId = messageId,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            // Known limitation: InitiatorId is empty for messages sent from a handler, because MassTransit's
            // outbox send path does not set it; ConversationId and CorrelationId are kept.
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            SourceAddress = context.SourceAddress,
            DestinationAddress = context.DestinationAddress,
            ResponseAddress = context.ResponseAddress,
            FaultAddress = context.FaultAddress,
            SentTime = context.SentTime ?? now,
            ExpirationTime = context.TimeToLive is { } ttl ? now + ttl : null,
            ContentType = context.ContentType?.ToString() ?? context.Serialization.DefaultContentType.ToString(),
            MessageType = string.Join(";", context.SupportedMessageTypes),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            HeadersJson = OutboxHeaders.Write(context.Headers),
            TraceParent = traceParent,
            TraceState = traceState,
            ScheduleTokenId = context.Headers.Get<Guid>(MessageHeaders.SchedulingTokenId),
            CreatedAt = now,
            DueAt = context.Delay is { } delay && delay > TimeSpan.Zero ? now + delay : now,
        };

        // Publishes from parallel tasks of one handler may arrive here concurrently; the DbContext is not thread-safe.
        lock (_pending)
        {
            _pending.Add(row);
        }

        return Task.CompletedTask;
    }

    /// <summary>Cancels a scheduled message durably: its row is deleted when this transaction commits.</summary>
    public Task CancelScheduledAsync(Guid tokenId)
    {
        lock (_pending)
        {
            if (_pending.RemoveAll(x => x.ScheduleTokenId == tokenId) == 0)
            {
                _cancelledTokens.Add(tokenId);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes the pending rows and the tracked changes, then commits; does nothing when already committed.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (IsCommitted)
        {
            return;
        }

        await EnsureBegunAsync(cancellationToken);
        var rows = _pending.Count;
        DbContext.Set<OutboxMessage>().AddRange(_pending);
        await DbContext.SaveChangesAsync(cancellationToken);

        // Rows scheduled by earlier transactions. If a dispatcher is sending one right now, the DELETE waits for
        // its row lock and then finds it dispatched; the saga ignores that late timeout by its token.
        foreach (var token in _cancelledTokens)
        {
            await DbContext.Set<OutboxMessage>()
                .Where(x => x.ScheduleTokenId == token && x.DispatchedAt == null)
                .ExecuteDeleteAsync(cancellationToken);
        }

        await _transaction!.CommitAsync(cancellationToken);
        IsCommitted = true;
        await DisposeTransactionAsync();
        _pending.Clear();
        _cancelledTokens.Clear();

        if (rows > 0)
        {
            _signal.Notify();
        }
    }

    /// <summary>Rolls back and forgets tracked changes so a retry in the same scope starts clean.</summary>
    public async Task ResetAsync()
    {
        if (_transaction is not null)
        {
            try
            {
                await _transaction.RollbackAsync(CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // The connection already broke; the server rolled the transaction back on its own.
            }
            catch (Npgsql.NpgsqlException)
            {
                // Same: nothing is left to roll back on a dead connection.
            }

            await DisposeTransactionAsync();
        }

        DbContext.ChangeTracker.Clear();
        _pending.Clear();
        _cancelledTokens.Clear();
        _conversationId = null;
        IsCommitted = false;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType) => _services.GetService(serviceType);

    /// <summary>Lets the same scope start another transaction after a commit (an HTTP request saving twice).</summary>
    public void Reopen() => IsCommitted = false;

    public async ValueTask DisposeAsync() => await DisposeTransactionAsync();

    private async Task DisposeTransactionAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }
}
