using Kazynashylyk.BuildingBlocks.Logging;
using Kazynashylyk.BuildingBlocks.Scheduling;
using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.BuildingBlocks.Consuming;

/// <summary>
/// Wraps every consumed message in one database transaction: inbox check first, then the handler with an outbox
/// context, then commit. A redelivered message id is acknowledged without running the handler again.
/// </summary>
public sealed class DurableConsumeFilter<TMessage> : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    private readonly MessageUnitOfWork _unitOfWork;
    private readonly IServiceProvider _provider;
    private readonly IBus _bus;
    private readonly ILogger<DurableConsumeFilter<TMessage>> _logger;

    public DurableConsumeFilter(
        MessageUnitOfWork unitOfWork,
        IServiceProvider provider,
        IBus bus,
        ILogger<DurableConsumeFilter<TMessage>> logger)
    {
        _unitOfWork = unitOfWork;
        _provider = provider;
        _bus = bus;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var cancellationToken = context.CancellationToken;
        await _unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var consumerId = ConsumerIdOf(context.ReceiveContext.InputAddress);
            if (context.MessageId is { } messageId
                && !await _unitOfWork.TryRecordInboxAsync(messageId, consumerId, cancellationToken))
            {
                _logger.DuplicateMessageSkipped(messageId, consumerId);
                await _unitOfWork.ResetAsync();
                return;
            }

            var durable = new DurableConsumeContext<TMessage>(context, _provider, _unitOfWork);
            var provider = new OutboxScheduleMessageProvider(durable, _unitOfWork);
            var scheduler = new MessageScheduler(provider, _bus.Topology);
            MessageSchedulerContext schedulerContext = new ConsumeMessageSchedulerContext(durable, _ => scheduler);
            // Replace, not add: a retry must not reuse the scheduler bound to the failed attempt's transaction.
            durable.AddOrUpdatePayload(() => schedulerContext, _ => schedulerContext);

            await next.Send(durable);
            await _unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            // The retry filter outside runs the next attempt; it must not see this attempt's tracked entities.
            await _unitOfWork.ResetAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateFilterScope("durableMessaging");
    }

    private static string ConsumerIdOf(Uri inputAddress)
    {
        var path = inputAddress.AbsolutePath.TrimEnd('/');
        var slash = path.LastIndexOf('/');

        return slash >= 0 ? path[(slash + 1)..] : path;
    }
}
