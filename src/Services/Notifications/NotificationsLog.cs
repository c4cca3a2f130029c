namespace Kazynashylyk.Notifications;

/// <summary>
/// Every log event of the Notifications service (ids 6000–6999). Recipients appear only as the first
/// characters of their address's hash.
/// </summary>
internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Notification {NotificationId} ({Template}, {Language}) delivered to {RecipientHash} "
            + "after {Attempts} attempt(s)")]
    public static partial void Delivered(
        ILogger logger, Guid notificationId, string template, string language, string recipientHash, int attempts);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Notification {NotificationId} was already handled ({Status}); the repeated command sends nothing")]
    public static partial void Duplicate(ILogger logger, Guid notificationId, string status);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning,
        Message = "Notification {NotificationId}: attempt {Attempt} of {MaxAttempts} to reach the mail server "
            + "failed: {Error}")]
    public static partial void AttemptFailed(
        ILogger logger, Guid notificationId, int attempt, int maxAttempts, string error);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error,
        Message = "Notification {NotificationId} to {RecipientHash} failed after {Attempts} attempt(s): {Reason}")]
    public static partial void Failed(
        ILogger logger, Guid notificationId, string recipientHash, int attempts, string reason);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information,
        Message = "Feed item {FeedItemId} of notification {NotificationId} added for user {UserId}")]
    public static partial void FeedItemAdded(ILogger logger, Guid feedItemId, Guid notificationId, Guid userId);
}
