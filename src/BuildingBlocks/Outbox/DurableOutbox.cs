using Kazynashylyk.BuildingBlocks.Consuming;
using Kazynashylyk.BuildingBlocks.Scheduling;
using MassTransit;
using MassTransit.Middleware.Outbox;
using MassTransit.Scheduling;
using MassTransit.Transports;

namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <inheritdoc />
internal sealed class DurableOutbox : IDurableOutbox
{
    private readonly MessageUnitOfWork _unitOfWork;

    public DurableOutbox(MessageUnitOfWork unitOfWork, IBus bus, TimeProvider clock)
    {
        _unitOfWork = unitOfWork;
        _unitOfWork.SharesConversation = true;
        SendEndpointProvider = new OutboxSendEndpointProvider(unitOfWork, bus);
        PublishEndpoint = new PublishEndpoint(new OutboxPublishEndpointProvider(unitOfWork, bus));
        Scheduler = new MessageScheduler(
            new OutboxScheduleMessageProvider(SendEndpointProvider, unitOfWork, clock), bus.Topology);
    }

    public IPublishEndpoint PublishEndpoint { get; }

    public ISendEndpointProvider SendEndpointProvider { get; }

    public IMessageScheduler Scheduler { get; }

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        await _unitOfWork.CommitAsync(cancellationToken);

        // A request may save more than once; each save is its own transaction.
        _unitOfWork.Reopen();
    }
}
