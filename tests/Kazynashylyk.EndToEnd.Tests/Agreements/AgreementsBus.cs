using System.Collections.Concurrent;
using Kazynashylyk.Contracts.Agreements;
using MassTransit;

namespace Kazynashylyk.EndToEnd.Tests.Agreements;

/// <summary>
/// A bus of the test's own on the AppHost's RabbitMQ: sends commands as the Registration service would and
/// collects the refusals the Agreements service publishes, on a temporary queue.
/// </summary>
public sealed class AgreementsBus : IAsyncDisposable
{
    private readonly IBusControl bus;
    private readonly ConcurrentDictionary<Guid, AgreementDraftRefused> refusals;

    private AgreementsBus(IBusControl bus, ConcurrentDictionary<Guid, AgreementDraftRefused> refusals)
    {
        this.bus = bus;
        this.refusals = refusals;
    }

    public static async Task<AgreementsBus> StartAsync(string rabbitConnectionString)
    {
        var refusals = new ConcurrentDictionary<Guid, AgreementDraftRefused>();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(rabbitConnectionString));
            rabbit.ReceiveEndpoint($"e2e-agreements-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<AgreementDraftRefused>(context =>
                {
                    refusals[context.Message.AgreementId] = context.Message;
                    return Task.CompletedTask;
                });
            });
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);

        return new AgreementsBus(bus, refusals);
    }

    public async Task SendAsync(DraftAgreement command)
    {
        var endpoint = await bus.GetSendEndpoint(AgreementQueues.DraftAgreementAddress);
        await endpoint.Send(command);
    }

    public Task PublishAsync<T>(T message)
        where T : class => bus.Publish(message);

    public async Task<AgreementDraftRefused?> WaitForRefusalAsync(Guid agreementId, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (refusals.TryGetValue(agreementId, out var refusal))
            {
                return refusal;
            }

            await Task.Delay(200);
        }

        return null;
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
