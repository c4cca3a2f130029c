namespace Kazynashylyk.Notifications.Data;

/// <summary>One message to one recipient and what became of it.</summary>
public sealed class DeliveryRecord
{
    public required Guid Id { get; init; }

    /// <summary>What makes a message unique (the event and the recipient): a second one with it is not sent.</summary>
    public required string DeduplicationKey { get; init; }

    /// <summary>"email" or "feed".</summary>
    public required string Channel { get; init; }

    public required string Template { get; init; }

    /// <summary>"pending", "delivered" or "failed".</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
