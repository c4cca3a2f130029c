using System.Collections.Concurrent;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Kazynashylyk.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// The whole system booted in-process from the AppHost, on free ports and a data folder of its own under
/// <c>/var/tmp</c> (a running <c>./run.sh</c> is not disturbed), stopped and deleted on disposal.
/// </summary>
internal sealed class OwnAppHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);

    private readonly DistributedApplication app;
    private readonly ConcurrentDictionary<int, string> processes = new();
    private readonly CancellationTokenSource stopWatching = new();
    private readonly Task watching;

    private OwnAppHost(DistributedApplication app, string dataDirectory)
    {
        this.app = app;
        DataDirectory = dataDirectory;
        watching = WatchProcessesAsync(stopWatching.Token);
    }

    public string DataDirectory { get; }

    public Uri Gateway => app.GetEndpoint("gateway", "http");

    /// <summary>Every process id the orchestrator reported for a resource (servers, services, replicas).</summary>
    public IReadOnlyDictionary<int, string> StartedProcesses => processes;

    public static async Task<OwnAppHost> StartAsync(CancellationToken cancellationToken)
    {
        var dataDirectory = Path.Combine("/var/tmp", $"kazynashylyk-bench-{Guid.NewGuid():N}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Kazynashylyk_AppHost>(
            [
                $"--Kazynashylyk:DataDirectory={dataDirectory}",
                $"--Kazynashylyk:GatewayPort={FreePorts.Take()}",
                $"--Kazynashylyk:Smtp4devWebPort={FreePorts.Take()}",
                $"--Kazynashylyk:Smtp4devSmtpPort={FreePorts.Take()}",
            ],
            (options, _) =>
            {
                options.DisableDashboard = true;
                options.AllowUnsecuredTransport = true;
            },
            timeout.Token);

        // The resources' own output and the start-up health probes would bury the figures; a failing call is
        // reported with the gateway's answer instead.
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            .AddFilter("Kazynashylyk.AppHost.Resources", LogLevel.None)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("Aspire.Hosting.Dcp", LogLevel.Error));

        var host = new OwnAppHost(await builder.BuildAsync(timeout.Token), dataDirectory);
        try
        {
            await host.app.StartAsync(timeout.Token);
            await host.app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync();
        }
        finally
        {
            await app.DisposeAsync();
            await stopWatching.CancelAsync();
            await watching;
            stopWatching.Dispose();
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }

    private async Task WatchProcessesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                foreach (var property in change.Snapshot.Properties)
                {
                    if (property.Name == "executable.pid"
                        && int.TryParse(
                            Convert.ToString(property.Value, CultureInfo.InvariantCulture),
                            CultureInfo.InvariantCulture,
                            out var pid))
                    {
                        processes.TryAdd(pid, change.ResourceId);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped watching on disposal.
        }
    }
}
