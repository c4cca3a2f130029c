namespace Kazynashylyk.Notifications.Data;

/// <summary>One notification's e-mail and what became of it.</summary>
public sealed class DeliveryRecord
{
    public required Guid Id { get; init; }

    /// <summary>
    /// What makes a delivery unique, the channel and the notification id (<see cref="KeyOf"/>): its unique index
    /// makes a second command with the same id wait for the first and then find it.
    /// </summary>
    public required string DeduplicationKey { get; init; }

    public required Guid NotificationId { get; init; }

    /// <summary>See <see cref="DeliveryChannel"/>.</summary>
    public required string Channel { get; init; }

    public required string Template { get; init; }

    /// <summary>"kk" or "ru".</summary>
    public required string Language { get; init; }

    /// <summary>The system user the notification is for, if any; only they may read this record.</summary>
    public Guid? RecipientUserId { get; init; }

    /// <summary>SHA-256 of the normalised address: enough to find one person's messages, not to mail them.</summary>
    public required string RecipientHash { get; init; }

    /// <summary>See <see cref="DeliveryStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>How many times the e-mail was offered to the mail server.</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed, or why the notification could not be rendered.</summary>
    public string? LastError { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>
    /// The W3C trace id (32 hex digits) the command arrived with: the trace of the request that started it all, so
    /// the dashboard shows the path from that request to this e-mail.
    /// </summary>
    public string? TraceId { get; init; }

    public static string KeyOf(string channel, Guid notificationId) => $"{channel}:{notificationId:N}";
}
