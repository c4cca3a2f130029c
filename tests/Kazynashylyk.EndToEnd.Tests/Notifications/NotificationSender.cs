using Kazynashylyk.Contracts.Notifications;
using MassTransit;

namespace Kazynashylyk.EndToEnd.Tests.Notifications;

/// <summary>A bus of the test's own on the AppHost's RabbitMQ, sending as another service would.</summary>
public sealed class NotificationSender : IAsyncDisposable
{
    private readonly IBusControl bus;

    private NotificationSender(IBusControl bus) => this.bus = bus;

    public static async Task<NotificationSender> StartAsync(string rabbitConnectionString)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(rabbitConnectionString)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);

        return new NotificationSender(bus);
    }

    public async Task SendAsync(SendNotification command)
    {
        var endpoint = await bus.GetSendEndpoint(NotificationQueues.SendNotificationAddress);
        await endpoint.Send(command);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
