using System.Diagnostics;
using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.Notifications.Data;
using Kazynashylyk.Notifications.Email;
using Kazynashylyk.Notifications.Templates;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kazynashylyk.Notifications.Delivery;

/// <summary>
/// Turns a <see cref="SendNotification"/> into at most one e-mail and one feed item, recorded in the service's
/// database. Runs inside the consume transaction: the record, the feed item and the published outcome commit
/// together.
/// </summary>
public sealed class NotificationService(
    NotificationsDbContext db,
    SmtpEmailSender sender,
    IOptions<NotificationsOptions> options,
    TimeProvider time,
    ILogger<NotificationService> logger)
{
    public async Task HandleAsync(ConsumeContext<SendNotification> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var key = DeliveryRecord.KeyOf(DeliveryChannel.Email, message.NotificationId);
        var existing = await db.Deliveries.AsNoTracking()
            .Where(d => d.DeduplicationKey == key)
            .Select(d => d.Status)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            NotificationsLog.Duplicate(logger, message.NotificationId, existing);
            return;
        }

        var record = new DeliveryRecord
        {
            Id = Guid.NewGuid(),
            DeduplicationKey = key,
            NotificationId = message.NotificationId,
            Channel = DeliveryChannel.Email,
            Template = Shorten(message.Template ?? string.Empty, 100),
            Language = Shorten(message.Language ?? string.Empty, 8),
            RecipientUserId = message.RecipientUserId,
            RecipientHash = RecipientHash.Of(message.RecipientEmail ?? string.Empty),
            Status = DeliveryStatus.Pending,
            CreatedAt = time.GetUtcNow(),
            TraceId = Activity.Current?.TraceId.ToHexString(),
        };
        db.Deliveries.Add(record);

        // The unique key makes a concurrent copy of the command wait here until this transaction ends; the copy
        // then fails on the key, is retried and finds the record above, so no second e-mail leaves.
        await db.SaveChangesAsync(cancellationToken);

        var outcome = Render(message);
        if (outcome.Notification is null)
        {
            await FailAsync(context, record, outcome.Error!);
            return;
        }

        if (message.RecipientUserId is Guid userId)
        {
            AddFeedItem(message, userId, outcome.Notification);
        }

        await DeliverAsync(context, record, Compose(message, outcome.Notification));
    }

    private static RenderOutcome Render(SendNotification message)
    {
        if (!MailboxAddress.TryParse(message.RecipientEmail ?? string.Empty, out var mailbox)
            || !mailbox.Address.Contains('@', StringComparison.Ordinal))
        {
            return RenderOutcome.Failure("The recipient's e-mail address is not valid.");
        }

        return TemplateRenderer.Render(
            message.Template ?? string.Empty,
            message.Language ?? string.Empty,
            message.Parameters ?? new Dictionary<string, string>());
    }

    private void AddFeedItem(SendNotification message, Guid userId, RenderedNotification rendered)
    {
        var item = new FeedItem
        {
            Id = Guid.NewGuid(),
            NotificationId = message.NotificationId,
            UserId = userId,
            Language = message.Language,
            Title = Shorten(rendered.Subject, 300),
            Text = Shorten(rendered.TextBody, 4000),
            CreatedAt = time.GetUtcNow(),
        };
        db.FeedItems.Add(item);
        NotificationsLog.FeedItemAdded(logger, item.Id, message.NotificationId, userId);
    }

    private MimeMessage Compose(SendNotification message, RenderedNotification rendered)
    {
        var settings = options.Value;
        var mime = new MimeMessage
        {
            Subject = rendered.Subject,
            Body = new BodyBuilder { TextBody = rendered.TextBody, HtmlBody = rendered.HtmlBody }.ToMessageBody(),

            // A stable Message-Id lets a receiving system drop the copy a redelivery might send.
            MessageId = $"{message.NotificationId:N}@kazynashylyk",
        };
        mime.From.Add(new MailboxAddress(settings.SenderName, settings.SenderAddress));
        mime.To.Add(MailboxAddress.Parse(message.RecipientEmail));
        mime.Headers.Add("Content-Language", message.Language);

        return mime;
    }

    private async Task DeliverAsync(ConsumeContext context, DeliveryRecord record, MimeMessage mime)
    {
        var settings = options.Value;
        var maxAttempts = Math.Max(1, settings.MaxAttempts);
        var delay = settings.FirstRetryDelay;

        // Known limitation: retries are pauses of seconds inside one consume, because RabbitMQ 3.10 here has no
        // delayed redelivery; a mail server down for longer than the attempts ends the delivery as failed.
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            record.Attempts = attempt;
            record.LastAttemptAt = time.GetUtcNow();
            try
            {
                // Known limitation: the e-mail leaves while the consume transaction is open, because SMTP cannot
                // join it; a crash after the server accepted and before the commit sends the e-mail again on
                // redelivery (with the same Message-Id).
                await sender.SendAsync(mime, context.CancellationToken);
            }
            catch (Exception exception) when (SmtpFailure.IsSmtpFailure(exception))
            {
                record.LastError = SmtpFailure.Describe(exception);
                NotificationsLog.AttemptFailed(logger, record.NotificationId, attempt, maxAttempts, record.LastError);
                if (SmtpFailure.IsPermanent(exception))
                {
                    break;
                }

                if (attempt < maxAttempts)
                {
                    await Task.Delay(delay, time, context.CancellationToken);
                    delay *= 2;
                }

                continue;
            }

            record.Status = DeliveryStatus.Delivered;
            record.DeliveredAt = time.GetUtcNow();
            record.LastError = null;
            await context.Publish(new NotificationDelivered
            {
                NotificationId = record.NotificationId,
                Channel = record.Channel,
                DeliveredAt = record.DeliveredAt.Value,
            });
            NotificationsLog.Delivered(logger, record.NotificationId, record.Template, record.Language,
                record.RecipientHash[..RecipientHash.LoggedLength], attempt);

            return;
        }

        await FailAsync(context, record, record.LastError ?? "The mail server could not be reached.");
    }

    private async Task FailAsync(ConsumeContext context, DeliveryRecord record, string reason)
    {
        record.Status = DeliveryStatus.Failed;
        record.LastError = reason;
        await context.Publish(new NotificationFailed
        {
            NotificationId = record.NotificationId,
            Reason = reason,
            Attempts = record.Attempts,
        });
        NotificationsLog.Failed(logger, record.NotificationId, record.RecipientHash[..RecipientHash.LoggedLength],
            record.Attempts, reason);
    }

    private static string Shorten(string value, int maxLength) =>
        value.Length <= maxLength ? value : value[..maxLength];
}
