using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;

namespace Kazynashylyk.BuildingBlocks.Consuming;

/// <summary>
/// The consume context a handler sees: every publish, send, response and schedule made through it, or through any
/// context derived from it (a saga's), becomes an outbox row in the handler's unit of work.
/// </summary>
internal sealed class DurableConsumeContext<TMessage> : OutboxConsumeContextProxy<TMessage>
    where TMessage : class
{
    private readonly MessageUnitOfWork _unitOfWork;

    public DurableConsumeContext(
        ConsumeContext<TMessage> context, IServiceProvider provider, MessageUnitOfWork unitOfWork)
        : base(context, new OutboxConsumeOptions(), provider)
    {
        _unitOfWork = unitOfWork;
    }

    // The members below belong to MassTransit's own consumer-outbox protocol, which this filter does not run:
    // the rows are delivered by the background dispatcher after commit instead.
    public override bool ContinueProcessing { get; set; }

    public override bool IsMessageConsumed => false;

    public override bool IsOutboxDelivered => false;

    public override int ReceiveCount => 0;

    public override long? LastSequenceNumber => null;

    public override Task AddSend<T>(SendContext<T> context) => _unitOfWork.AddSend(context);

    public override Task SetConsumed() => Task.CompletedTask;

    public override Task SetDelivered() => Task.CompletedTask;

    public override Task<List<OutboxMessageContext>> LoadOutboxMessages() =>
        Task.FromResult(new List<OutboxMessageContext>());

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message) => Task.CompletedTask;

    public override Task RemoveOutboxMessages() => Task.CompletedTask;
}
