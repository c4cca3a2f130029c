using Kazynashylyk.BuildingBlocks;
using Kazynashylyk.Registration.Onboarding;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.Onboarding.Tests.Postgres;

/// <summary>
/// The saga wired as the Registration service wires it (<see cref="OnboardingSagaRegistration.AddOnboardingSaga"/>,
/// durable messaging over the DbContext), on the in-memory transport.
/// </summary>
public sealed class OnboardingServiceHost : IAsyncDisposable
{
    private readonly IHost _host;

    private OnboardingServiceHost(IHost host)
    {
        _host = host;
    }

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public static async Task<OnboardingServiceHost> StartAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddDbContext<OnboardingDbContext>(o => o.UseNpgsql(connectionString));
        builder.Services.AddDurableMessaging<OnboardingDbContext>(o => o.PollInterval = TimeSpan.FromMilliseconds(200));
        builder.Services.AddMassTransit(x =>
        {
            x.AddOnboardingSaga();
            x.UsingInMemory((context, cfg) =>
            {
                cfg.UseDurableMessaging(context);
                cfg.ConfigureEndpoints(context);
            });
        });

        var host = builder.Build();

        // MassTransit keeps its log context in a static; each host must set its own.
        LogContext.ConfigureCurrentLogContext(host.Services.GetRequiredService<ILoggerFactory>());
        await host.StartAsync();

        return new OnboardingServiceHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
