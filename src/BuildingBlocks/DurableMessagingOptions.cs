namespace Kazynashylyk.BuildingBlocks;

/// <summary>
/// Tuning of the outbox dispatcher, the pruner, the retry policy and saga partitioning for one service.
/// </summary>
public sealed class DurableMessagingOptions
{
    /// <summary>How often the dispatcher looks for rows it was not told about (other replicas, due times).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Rows claimed by one dispatch round.</summary>
    public int DispatchBatchSize { get; set; } = 200;

    /// <summary>Conversations sent in parallel in one round; rows of one conversation go one by one.</summary>
    public int DispatchParallelism { get; set; } = 16;

    /// <summary>How long one send to the broker may take before the round counts it as failed.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// First pause after a round in which the broker refused a send; doubles up to <see cref="MaxBackoff"/>.
    /// </summary>
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest pause between rounds while the broker is down.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Dispatched outbox rows older than this are deleted.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Inbox rows older than this are deleted; it must exceed the longest time a message can wait for redelivery.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the pruner runs.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retries of a failed message (concurrency conflicts included) before it is dead-lettered.</summary>
    public int RetryLimit { get; set; } = 8;

    /// <summary>Smallest pause between two retries of one message.</summary>
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Largest pause between two retries of one message.</summary>
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>In-process partitions serialising messages to one saga instance.</summary>
    public int SagaPartitionCount { get; set; } = 64;
}
