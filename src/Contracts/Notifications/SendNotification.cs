namespace Kazynashylyk.Contracts.Notifications;

/// <summary>
/// Asks the Notifications service to tell one person something: an e-mail rendered from a template in the
/// person's language and, when the person is a system user, an item in their in-app feed. Send it to
/// <see cref="NotificationQueues.SendNotificationAddress"/>.
/// </summary>
public sealed record SendNotification
{
    /// <summary>
    /// The de-duplication key, chosen by the sender: a second command with the same id is acknowledged and sends
    /// nothing. Derive it from the sender's own process (for example the onboarding and the recipient's role) so
    /// that a retried step yields the same id.
    /// </summary>
    public required Guid NotificationId { get; init; }

    /// <summary>The system user the notification is for, when there is one; their feed receives an item.</summary>
    public required Guid? RecipientUserId { get; init; }

    /// <summary>The address the e-mail goes to.</summary>
    public required string RecipientEmail { get; init; }

    /// <summary>"kk" (Kazakh) or "ru" (Russian).</summary>
    public required string Language { get; init; }

    /// <summary>
    /// The template's name, for example "user-activated", "onboarding-expired" or "agreement-concluded".
    /// </summary>
    public required string Template { get; init; }

    /// <summary>The values of the template's <c>{placeholder}</c>s; every placeholder must have one.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
}
