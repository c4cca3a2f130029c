using System.Collections.Concurrent;
using Kazynashylyk.Contracts.Registration;
using MassTransit;

namespace Kazynashylyk.EndToEnd.Tests.Registration;

/// <summary>
/// A bus of the test's own on the AppHost's RabbitMQ, acting as the onboarding would: it sends the Registration
/// service's commands, publishes the agreement events and hears <see cref="SystemUserActivated"/> on a queue that
/// disappears with it.
/// </summary>
public sealed class OnboardingBus : IAsyncDisposable
{
    private readonly IBusControl bus;
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<SystemUserActivated>> activations = new();

    private OnboardingBus(string rabbitConnectionString)
    {
        bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(rabbitConnectionString));
            rabbit.ReceiveEndpoint($"e2e-registration-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<SystemUserActivated>(context =>
                {
                    Awaiting(context.Message.OnboardingId).TrySetResult(context.Message);

                    return Task.CompletedTask;
                });
            });
        });
    }

    public IBus Bus => bus;

    public static async Task<OnboardingBus> StartAsync(string rabbitConnectionString)
    {
        var onboarding = new OnboardingBus(rabbitConnectionString);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await onboarding.bus.StartAsync(timeout.Token);

        return onboarding;
    }

    public async Task SendAsync<T>(Uri address, T command)
        where T : class
    {
        var endpoint = await bus.GetSendEndpoint(address);
        await endpoint.Send(command);
    }

    /// <summary>The activation published for an onboarding, or a timeout.</summary>
    public Task<SystemUserActivated> ActivationOfAsync(Guid onboardingId, TimeSpan patience) =>
        Awaiting(onboardingId).Task.WaitAsync(patience);

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    private TaskCompletionSource<SystemUserActivated> Awaiting(Guid onboardingId) =>
        activations.GetOrAdd(onboardingId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
