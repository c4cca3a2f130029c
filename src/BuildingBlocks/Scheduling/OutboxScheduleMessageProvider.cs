using Kazynashylyk.BuildingBlocks.Consuming;
using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Scheduling;

/// <summary>
/// MassTransit's scheduler abstraction over the outbox: a scheduled message is a row with a due time, and
/// cancelling it deletes the row in the caller's transaction. Saga <c>Schedule</c>/<c>Unschedule</c> land here.
/// </summary>
public sealed class OutboxScheduleMessageProvider : IScheduleMessageProvider
{
    private readonly ISendEndpointProvider _outboxEndpoints;
    private readonly MessageUnitOfWork _unitOfWork;
    private readonly TimeProvider _clock;

    /// <param name="outboxEndpoints">Send endpoints that write to the outbox (a durable consume context).</param>
    /// <param name="unitOfWork">The transaction the rows and cancellations belong to.</param>
    /// <param name="clock">Clock for the delay; the system clock when omitted.</param>
    public OutboxScheduleMessageProvider(
        ISendEndpointProvider outboxEndpoints, MessageUnitOfWork unitOfWork, TimeProvider? clock = null)
    {
        _outboxEndpoints = outboxEndpoints;
        _unitOfWork = unitOfWork;
        _clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<ScheduledMessage<T>> ScheduleSend<T>(
        Uri destinationAddress, DateTime scheduledTime, T message, IPipe<SendContext<T>> pipe,
        CancellationToken cancellationToken)
        where T : class
    {
        // The state machine stores this token and compares it with the header of the timeout that arrives.
        var tokenId = NewId.NextGuid();
        var dueAt = scheduledTime.Kind == DateTimeKind.Local ? scheduledTime.ToUniversalTime() : scheduledTime;
        var endpoint = await _outboxEndpoints.GetSendEndpoint(destinationAddress);

        await endpoint.Send(message, Pipe.ExecuteAsync<SendContext<T>>(async context =>
        {
            await pipe.Send(context);

            // The delay only tells the outbox when the row is due; the broker never sees it.
            context.Delay = dueAt - _clock.GetUtcNow().UtcDateTime;
            context.Headers.Set(MessageHeaders.SchedulingTokenId, tokenId.ToString("D"));
        }), cancellationToken);

        return new OutboxScheduledMessage<T>(tokenId, dueAt, destinationAddress, message);
    }

    /// <inheritdoc />
    public Task CancelScheduledSend(Guid tokenId, CancellationToken cancellationToken) =>
        _unitOfWork.CancelScheduledAsync(tokenId);

    /// <inheritdoc />
    public Task CancelScheduledSend(Uri destinationAddress, Guid tokenId, CancellationToken cancellationToken) =>
        _unitOfWork.CancelScheduledAsync(tokenId);
}
