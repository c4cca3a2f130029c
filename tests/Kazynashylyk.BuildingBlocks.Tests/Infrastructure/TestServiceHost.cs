using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.BuildingBlocks.Sagas;
using Kazynashylyk.BuildingBlocks.Tests.Consumers;
using Kazynashylyk.BuildingBlocks.Tests.Data;
using Kazynashylyk.BuildingBlocks.Tests.Sagas;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// A service as the platform wires one: its DbContext, <c>AddDurableMessaging</c>, the saga on the PostgreSQL
/// repository and two consumers on RabbitMQ. Queue names carry the test's prefix.
/// </summary>
public sealed class TestServiceHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TestServiceHost(IHost host, IEndpointNameFormatter names)
    {
        _host = host;
        Names = names;
    }

    public IServiceProvider Services => _host.Services;

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public IEndpointNameFormatter Names { get; }

    public CapturedLogs Logs => _host.Services.GetRequiredService<CapturedLogs>();

    public TimeoutProbe Timeouts => _host.Services.GetRequiredService<TimeoutProbe>();

    public static async Task<TestServiceHost> StartAsync(
        ServersFixture servers,
        TestDatabase database,
        Action<DurableMessagingOptions>? configure = null,
        TimeSpan? stepDuration = null,
        Action<IBusRegistrationConfigurator>? register = null,
        Action<IRabbitMqBusFactoryConfigurator>? configureBus = null)
    {
        var builder = Host.CreateApplicationBuilder();
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton<TimeoutProbe>();
        builder.Services.AddSingleton(new StepSettings(stepDuration ?? TimeSpan.Zero));
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });

        builder.Services.AddDbContext<TestDbContext>(o => o.UseNpgsql(database.ConnectionString));
        builder.Services.AddDurableMessaging<TestDbContext>(o =>
        {
            o.RetryLimit = 10;
            o.RetryMinInterval = TimeSpan.FromMilliseconds(20);
            o.RetryMaxInterval = TimeSpan.FromMilliseconds(200);
            o.PollInterval = TimeSpan.FromMilliseconds(200);
            o.MinBackoff = TimeSpan.FromMilliseconds(250);
            o.MaxBackoff = TimeSpan.FromSeconds(2);
            o.SendTimeout = TimeSpan.FromSeconds(3);
            configure?.Invoke(o);
        });

        var names = new KebabCaseEndpointNameFormatter(database.Name, false);
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(names);
            x.AddSagaStateMachine<ProcessStateMachine, ProcessState>().Repository(r => r.PostgresRepository());
            x.AddConsumer<StepRequestedConsumer>();
            x.AddConsumer<PoisonPillConsumer>();
            register?.Invoke(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(servers.RabbitMq.AmqpAddress);
                configureBus?.Invoke(cfg);
                cfg.UseDurableMessaging(context);
                cfg.ConnectConsumeObserver(context.GetRequiredService<TimeoutProbe>());
                cfg.ConfigureEndpoints(context);
            });
        });

        var host = builder.Build();

        // MassTransit keeps its log context in a static; a host started after another one stopped must replace it.
        LogContext.ConfigureCurrentLogContext(host.Services.GetRequiredService<ILoggerFactory>());
        await host.StartAsync();

        return new TestServiceHost(host, names);
    }

    /// <summary>
    /// Saves an HTTP-style unit of work; what <paramref name="write"/> publishes goes out via the outbox.
    /// </summary>
    public async Task InOutboxAsync(Func<IDurableOutbox, TestDbContext, Task> write)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDurableOutbox>();
        await write(outbox, scope.ServiceProvider.GetRequiredService<TestDbContext>());
        await outbox.SaveChangesAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
