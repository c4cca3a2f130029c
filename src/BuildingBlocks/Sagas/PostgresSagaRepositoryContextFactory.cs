using Kazynashylyk.BuildingBlocks.Consuming;
using Kazynashylyk.BuildingBlocks.Logging;
using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kazynashylyk.BuildingBlocks.Sagas;

/// <summary>
/// MassTransit saga repository on PostgreSQL: one row per instance, optimistic concurrency on the version column,
/// and the commit of the message's unit of work (saga row, inbox record, outbox rows) while the instance's
/// partition is held.
/// </summary>
public sealed class PostgresSagaRepositoryContextFactory<TSaga> :
    ISagaRepositoryContextFactory<TSaga>,
    IQuerySagaRepositoryContextFactory<TSaga>,
    ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISagaVersion
{
    private readonly MessageUnitOfWork _unitOfWork;
    private readonly ISagaConsumeContextFactory<MessageUnitOfWork, TSaga> _factory;
    private readonly SagaPartitionLocks<TSaga> _locks;
    private readonly ILogger<PostgresSagaRepositoryContextFactory<TSaga>> _logger;

    public PostgresSagaRepositoryContextFactory(
        MessageUnitOfWork unitOfWork,
        ISagaConsumeContextFactory<MessageUnitOfWork, TSaga> factory,
        SagaPartitionLocks<TSaga> locks,
        ILogger<PostgresSagaRepositoryContextFactory<TSaga>> logger)
    {
        _unitOfWork = unitOfWork;
        _factory = factory;
        _locks = locks;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var lease = new SagaPartitionLease<TSaga>(_locks, context.CancellationToken);
        await _unitOfWork.EnsureBegunAsync(context.CancellationToken);

        var repositoryContext = new PostgresSagaRepositoryContext<TSaga, T>(_unitOfWork, context, _factory, lease);
        await next.Send(repositoryContext);

        // Commit while the lease still holds the instance's partition: the next event for the same instance
        // must read this version, not the one before it.
        await CommitAsync(context.CorrelationId ?? Guid.Empty, context.CancellationToken);
    }

    /// <summary>
    /// Applies the message to every instance the query matches.
    /// Known limitation: messages correlated by a query are not partitioned, because one message may touch several
    /// instances and holding several partitions at once could deadlock; conflicts there rely on the retry.
    /// </summary>
    public async Task SendQuery<T>(
        ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(next);
        using var lease = new SagaPartitionLease<TSaga>(_locks, context.CancellationToken);
        await _unitOfWork.EnsureBegunAsync(context.CancellationToken);

        var ids = await _unitOfWork.DbContext.Set<TSaga>().AsNoTracking()
            .Where(query.FilterExpression)
            .Select(x => x.CorrelationId)
            .ToListAsync(context.CancellationToken);
        var repositoryContext = new PostgresSagaRepositoryContext<TSaga, T>(_unitOfWork, context, _factory, lease);
        await next.Send(new DefaultSagaRepositoryQueryContext<TSaga, T>(repositoryContext, ids));
        await CommitAsync(ids.Count == 1 ? ids[0] : Guid.Empty, context.CancellationToken);
    }

    /// <inheritdoc />
    public Task<TResult> Execute<TResult>(
        Func<LoadSagaRepositoryContext<TSaga>, Task<TResult>> asyncMethod, CancellationToken cancellationToken)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(asyncMethod);

        return asyncMethod(new PostgresSagaReadContext<TSaga>(_unitOfWork.DbContext, cancellationToken));
    }

    /// <inheritdoc />
    public Task<TResult> Execute<TResult>(
        Func<QuerySagaRepositoryContext<TSaga>, Task<TResult>> asyncMethod, CancellationToken cancellationToken)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(asyncMethod);

        return asyncMethod(new PostgresSagaReadContext<TSaga>(_unitOfWork.DbContext, cancellationToken));
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add("persistence", "postgresql");
        context.Add("concurrency", "optimistic (version column)");
    }

    private async Task CommitAsync(Guid correlationId, CancellationToken cancellationToken)
    {
        try
        {
            await _unitOfWork.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw Conflict(correlationId, exception);
        }
        catch (DbUpdateException exception)
            when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw Conflict(correlationId, exception);
        }
    }

    private ConcurrencyException Conflict(Guid correlationId, Exception exception)
    {
        _logger.SagaConcurrencyConflict(typeof(TSaga).Name, correlationId);

        return new ConcurrencyException(
            $"{typeof(TSaga).Name} {correlationId} was changed by another message", typeof(TSaga), correlationId,
            exception);
    }
}
