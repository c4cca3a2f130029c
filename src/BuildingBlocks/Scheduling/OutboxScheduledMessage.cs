using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Scheduling;

/// <summary>The handle of a message scheduled through the outbox; its token cancels it.</summary>
internal sealed record OutboxScheduledMessage<T>(Guid TokenId, DateTime ScheduledTime, Uri Destination, T Payload)
    : ScheduledMessage<T>
    where T : class;
