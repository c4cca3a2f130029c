using Kazynashylyk.Contracts.Notifications;
using MassTransit;

namespace Kazynashylyk.Notifications.Delivery;

/// <summary>Takes <see cref="SendNotification"/> from the service's queue.</summary>
public sealed class SendNotificationConsumer(NotificationService notifications) : IConsumer<SendNotification>
{
    public Task Consume(ConsumeContext<SendNotification> context) => notifications.HandleAsync(context);
}
