namespace Kazynashylyk.Contracts.Notifications;

/// <summary>
/// A notification could not be delivered and will not be tried again: the template or its parameters were
/// unusable, or every attempt to hand the e-mail to the mail server failed.
/// </summary>
public sealed record NotificationFailed
{
    /// <summary>The <see cref="SendNotification.NotificationId"/> of the command that failed.</summary>
    public required Guid NotificationId { get; init; }

    /// <summary>Why, in words an operator can act on (never the recipient's address).</summary>
    public required string Reason { get; init; }

    /// <summary>How many times the e-mail was offered to the mail server; 0 when it could not be rendered.</summary>
    public required int Attempts { get; init; }
}
