namespace Kazynashylyk.Notifications.Feed;

/// <summary>One feed item as the API returns it.</summary>
public sealed record FeedItemResponse(
    Guid Id,
    Guid NotificationId,
    string Language,
    string Title,
    string Text,
    DateTimeOffset CreatedAt,
    bool IsRead,
    DateTimeOffset? ReadAt);
