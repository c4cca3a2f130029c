using Microsoft.Extensions.Logging;

namespace Kazynashylyk.BuildingBlocks.Logging;

/// <summary>
/// Every log event of the durable messaging blocks, with their ids kept in one place (range 9000-9999).
/// </summary>
internal static partial class BuildingBlocksLog
{
    [LoggerMessage(EventId = 9000, Level = LogLevel.Debug,
        Message = "Outbox dispatched {Count} messages in {ConversationCount} conversations")]
    public static partial void OutboxDispatched(this ILogger logger, int count, int conversationCount);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning,
        Message = "Outbox send failed for message {MessageId} (sequence {SequenceNumber}, attempt {Attempt})")]
    public static partial void OutboxSendFailed(
        this ILogger logger, Exception exception, Guid messageId, long sequenceNumber, int attempt);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning,
        Message = "Outbox dispatch backs off for {Delay} after {FailedRounds} failed rounds")]
    public static partial void OutboxBackingOff(this ILogger logger, TimeSpan delay, int failedRounds);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information,
        Message = "Message {MessageId} was already handled by {ConsumerId}; the redelivery is acknowledged unchanged")]
    public static partial void DuplicateMessageSkipped(this ILogger logger, Guid messageId, string consumerId);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Error,
        Message = "Message {MessageId} moved to the error queue of {InputAddress} after {ExceptionType}")]
    public static partial void MessageDeadLettered(
        this ILogger logger, Exception exception, string messageId, Uri inputAddress, string exceptionType);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information,
        Message = "Pruned {OutboxCount} dispatched outbox rows and {InboxCount} inbox rows")]
    public static partial void Pruned(this ILogger logger, int outboxCount, int inboxCount);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Warning,
        Message = "Saga {SagaType} {CorrelationId} changed concurrently; the message is retried")]
    public static partial void SagaConcurrencyConflict(this ILogger logger, string sagaType, Guid correlationId);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Information,
        Message = "Redelivered {Count} messages from {ErrorQueue} to {Exchange}")]
    public static partial void DeadLettersRedelivered(
        this ILogger logger, int count, string errorQueue, string exchange);

    [LoggerMessage(EventId = 9008, Level = LogLevel.Error, Message = "Outbox dispatch round faulted")]
    public static partial void OutboxRoundFaulted(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9009, Level = LogLevel.Error,
        Message = "Outbox message {MessageId} (sequence {SequenceNumber}) has no destination and is set aside")]
    public static partial void OutboxMessageUndeliverable(this ILogger logger, Guid messageId, long sequenceNumber);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Error, Message = "Pruning of outbox and inbox rows faulted")]
    public static partial void PruningFaulted(this ILogger logger, Exception exception);
}
