namespace Kazynashylyk.Notifications.Data;

/// <summary>One notification in a system user's in-app feed, in the notification's language.</summary>
public sealed class FeedItem
{
    public required Guid Id { get; init; }

    /// <summary>The notification it came from; unique, so a repeated command adds no second item.</summary>
    public required Guid NotificationId { get; init; }

    public required Guid UserId { get; init; }

    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public bool IsRead { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
