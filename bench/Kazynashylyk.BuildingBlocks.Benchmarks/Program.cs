using Kazynashylyk.BuildingBlocks.Benchmarks;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

// Starts its own PostgreSQL (fsync on) and RabbitMQ, warms up, then repeats each measurement.
var repeats = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3;
var prefetch = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32;
var servers = ServersFixture.WithDurableCommits();
await servers.InitializeAsync();
try
{
    var recorder = new LatencyRecorder();
    var database = await TestDatabase.CreateAsync(servers);
    await using var service = await TestServiceHost.StartAsync(
        servers,
        database,
        register: x =>
        {
            x.AddSingleton(recorder);
            x.AddConsumer<LatencyProbeConsumer>();
        },
        configureBus: cfg => cfg.PrefetchCount = prefetch);

    await BenchmarkReport.SagaThroughputAsync(new SagaThroughputBenchmark(service, database), repeats);
    await BenchmarkReport.OutboxLatencyAsync(new OutboxLatencyBenchmark(service, recorder), repeats);
}
finally
{
    await servers.DisposeAsync();
}
