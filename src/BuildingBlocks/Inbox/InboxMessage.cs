namespace Kazynashylyk.BuildingBlocks.Inbox;

/// <summary>
/// A message id one receive endpoint has handled; written in the same transaction as the handler's effects.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    /// <summary>The receive endpoint (queue) that handled the message.</summary>
    public required string ConsumerId { get; set; }

    public DateTime ReceivedAt { get; set; }
}
