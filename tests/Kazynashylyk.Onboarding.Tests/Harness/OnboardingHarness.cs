using Kazynashylyk.Registration.Onboarding;
using MassTransit;
using MassTransit.InMemoryTransport;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kazynashylyk.Onboarding.Tests.Harness;

/// <summary>
/// The onboarding state machine on MassTransit's in-memory test harness: in-memory saga repository, in-memory
/// transport with its delayed scheduler (whose clock the tests advance), and a pinned clock for the state's times.
/// </summary>
public sealed class OnboardingHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 5, 30, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private OnboardingHarness(ServiceProvider provider)
    {
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Saga = Harness.GetSagaStateMachineHarness<OnboardingStateMachine, OnboardingState>();
        Machine = provider.GetRequiredService<OnboardingStateMachine>();
    }

    public ITestHarness Harness { get; }

    public ISagaStateMachineTestHarness<OnboardingStateMachine, OnboardingState> Saga { get; }

    public OnboardingStateMachine Machine { get; }

    public static async Task<OnboardingHarness> StartAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddMassTransitTestHarness(x =>
        {
            x.SetTestTimeouts(TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(300));
            x.AddDelayedMessageScheduler();
            x.AddOnboardingStateMachine().InMemoryRepository();
            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                cfg.ConfigureEndpoints(context);
            });
        });

        var provider = services.BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        return new OnboardingHarness(provider);
    }

    public Task PublishAsync<T>(T message)
        where T : class =>
        Harness.Bus.Publish(message);

    /// <summary>Moves the in-memory transport's clock, so delayed (scheduled) messages fall due.</summary>
    public ValueTask AdvanceAsync(TimeSpan duration) =>
        _provider.GetRequiredService<IInMemoryDelayProvider>().Advance(duration);

    /// <summary>Waits until the onboarding is in the state; fails the test if it never gets there.</summary>
    public async Task<OnboardingState> InStateAsync(Guid onboardingId, Func<OnboardingStateMachine, State> state)
    {
        var found = await Saga.Exists(onboardingId, state, TimeSpan.FromSeconds(10));
        Assert.True(found.HasValue, $"onboarding never reached {state(Machine).Name}");

        return Saga.Sagas.Contains(onboardingId);
    }

    /// <summary>
    /// Waits until the bus has consumed <paramref name="count"/> messages of the type (the saga is the only consumer;
    /// the bus counts messages for unknown onboardings too, which the saga discards).
    /// </summary>
    public async Task ConsumedAsync<T>(int count)
        where T : class
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Harness.Consumed.Select<T>().Count() < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the saga consumed fewer than {count} {typeof(T).Name}");
            await Task.Delay(20);
        }
    }

    /// <summary>The messages of the type sent (not published) so far, once the bus has gone quiet.</summary>
    public async Task<IReadOnlyList<ISentMessage<T>>> SentAsync<T>()
        where T : class
    {
        await Harness.InactivityTask;

        return Harness.Sent.Select<T>().ToList();
    }

    /// <summary>The messages of the type published so far, once the bus has gone quiet.</summary>
    public async Task<IReadOnlyList<IPublishedMessage<T>>> PublishedAsync<T>()
        where T : class
    {
        await Harness.InactivityTask;

        return Harness.Published.Select<T>().ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
