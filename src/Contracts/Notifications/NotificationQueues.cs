namespace Kazynashylyk.Contracts.Notifications;

/// <summary>Where the Notifications service takes its commands from.</summary>
public static class NotificationQueues
{
    /// <summary>The queue on which the Notifications service consumes <see cref="SendNotification"/>.</summary>
    public const string SendNotification = "send-notification";

    /// <summary>The address to send <see cref="Notifications.SendNotification"/> to.</summary>
    public static Uri SendNotificationAddress { get; } = new($"queue:{SendNotification}");
}
