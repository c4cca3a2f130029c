using Kazynashylyk.Contracts.Notifications;
using Kazynashylyk.Notifications.Delivery;
using Kazynashylyk.Notifications.Email;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kazynashylyk.Notifications;

/// <summary>The Notifications service's own wiring: the mail server, templates, delivery and its consumer.</summary>
public static class NotificationsServiceExtensions
{
    /// <summary>
    /// Adds the delivery pipeline; throws at start-up when the <c>smtp</c> connection string is unusable.
    /// </summary>
    public static WebApplicationBuilder AddNotificationDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationsOptions>().BindConfiguration(NotificationsOptions.Section);
        builder.Services.AddSingleton(
            SmtpEndpoint.Parse(builder.Configuration.GetConnectionString(SmtpEndpoint.ConnectionName)));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddScoped<NotificationService>();

        return builder;
    }

    /// <summary>
    /// Registers the <see cref="SendNotification"/> consumer on its queue, named in the contracts so senders
    /// need not know the service's endpoint naming.
    /// </summary>
    public static void ConfigureBus(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<SendNotificationConsumer>()
            .Endpoint(endpoint => endpoint.Name = NotificationQueues.SendNotification);
}
