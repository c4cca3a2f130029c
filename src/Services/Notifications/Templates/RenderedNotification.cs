namespace Kazynashylyk.Notifications.Templates;

/// <summary>A template filled in: the subject, the plain-text body and the same body as simple HTML.</summary>
public sealed record RenderedNotification(string Subject, string TextBody, string HtmlBody);
