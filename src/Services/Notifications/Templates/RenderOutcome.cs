namespace Kazynashylyk.Notifications.Templates;

/// <summary>Either a rendered notification or the reason it could not be rendered.</summary>
public sealed record RenderOutcome(RenderedNotification? Notification, string? Error)
{
    public static RenderOutcome Success(RenderedNotification notification) => new(notification, null);

    public static RenderOutcome Failure(string error) => new(null, error);
}
