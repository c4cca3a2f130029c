using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kazynashylyk.Notifications.Email;

/// <summary>Hands one message to the mail server: a connection per message, closed afterwards.</summary>
public sealed class SmtpEmailSender(SmtpEndpoint endpoint, IOptions<NotificationsOptions> options)
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        // Known limitation: one SMTP connection per message, because notifications are rare (a few per
        // onboarding); a pooled connection would pay off only for bulk mail, which the platform does not send.
        using var client = new SmtpClient { Timeout = (int)options.Value.SmtpTimeout.TotalMilliseconds };
        await client.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Security, cancellationToken);
        if (endpoint.UserName is not null)
        {
            await client.AuthenticateAsync(endpoint.UserName, endpoint.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
