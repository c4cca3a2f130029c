namespace Kazynashylyk.Notifications.Templates;

/// <summary>A template in one language: a subject line and a plain-text body with <c>{placeholder}</c>s.</summary>
public sealed record TemplateText(string Subject, string Body);
