namespace Kazynashylyk.Contracts.Notifications;

/// <summary>A notification reached the recipient's mail server (published once per notification).</summary>
public sealed record NotificationDelivered
{
    /// <summary>The <see cref="SendNotification.NotificationId"/> of the command delivered.</summary>
    public required Guid NotificationId { get; init; }

    /// <summary>How it was delivered: "email".</summary>
    public required string Channel { get; init; }

    /// <summary>When the mail server accepted the message.</summary>
    public required DateTimeOffset DeliveredAt { get; init; }
}
