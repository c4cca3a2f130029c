using Kazynashylyk.BuildingBlocks.Consuming;
using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Sagas;

/// <summary>
/// What MassTransit's saga pipe calls while one message is applied to a saga: loads and tracks the row, bumps the
/// version on update. Nothing is written here; the unit of work writes everything at commit.
/// </summary>
internal sealed class PostgresSagaRepositoryContext<TSaga, TMessage> :
    ConsumeContextScope<TMessage>,
    SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISagaVersion
    where TMessage : class
{
    private readonly MessageUnitOfWork _unitOfWork;
    private readonly ISagaConsumeContextFactory<MessageUnitOfWork, TSaga> _factory;
    private readonly SagaPartitionLease<TSaga> _lease;

    public PostgresSagaRepositoryContext(
        MessageUnitOfWork unitOfWork,
        ConsumeContext<TMessage> context,
        ISagaConsumeContextFactory<MessageUnitOfWork, TSaga> factory,
        SagaPartitionLease<TSaga> lease)
        : base(context)
    {
        _unitOfWork = unitOfWork;
        _factory = factory;
        _lease = lease;
    }

    private DbSet<TSaga> Sagas => _unitOfWork.DbContext.Set<TSaga>();

    public async Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await _lease.EnterAsync(instance.CorrelationId);
        instance.Version = 1;
        Sagas.Add(instance);

        return await _factory.CreateSagaConsumeContext(_unitOfWork, this, instance, SagaConsumeContextMode.Add);
    }

    // Insert happens at commit like Add; a duplicate key then surfaces as a ConcurrencyException and the retry
    // loads the row the other message created.
    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        await _lease.EnterAsync(instance.CorrelationId);
        instance.Version = 1;
        Sagas.Add(instance);

        return await _factory.CreateSagaConsumeContext(_unitOfWork, this, instance, SagaConsumeContextMode.Insert);
    }

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId)
    {
        await _lease.EnterAsync(correlationId);
        var instance = await Sagas.FindAsync([correlationId], CancellationToken);

        return instance is null
            ? null!
            : await _factory.CreateSagaConsumeContext(_unitOfWork, this, instance, SagaConsumeContextMode.Load);
    }

    public Task Save(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task Update(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The row's original version stays the concurrency token of the UPDATE; the new one is written with it.
        context.Saga.Version++;

        return Task.CompletedTask;
    }

    public Task Delete(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Sagas.Remove(context.Saga);

        return Task.CompletedTask;
    }

    public Task Discard(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _unitOfWork.DbContext.Entry(context.Saga).State = EntityState.Detached;

        return Task.CompletedTask;
    }

    public Task Undo(SagaConsumeContext<TSaga> context) => Discard(context);

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(
        ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class =>
        _factory.CreateSagaConsumeContext(_unitOfWork, consumeContext, instance, mode);
}
