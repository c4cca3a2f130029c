namespace Kazynashylyk.Notifications;

/// <summary>Settings of the Notifications service (section <c>Notifications</c>).</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>The From address of every e-mail.</summary>
    public string SenderAddress { get; set; } = "no-reply@treasury-client.kz";

    /// <summary>The From display name.</summary>
    public string SenderName { get; set; } = "Treasury-Client";

    /// <summary>Attempts to hand one e-mail to the mail server before the delivery is marked failed.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Pause after the first failed attempt; it doubles after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one SMTP operation (connect, send) may take.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most feed items one request returns, newest first.</summary>
    public int FeedPageSize { get; set; } = 100;
}
