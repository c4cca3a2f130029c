using System.Diagnostics;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Benchmarks;

/// <summary>
/// Saga transitions per second: events published straight to the bus, each applied to a saga row in its own
/// transaction (inbox record, load, version-checked update, commit) and acknowledged.
/// </summary>
internal sealed class SagaThroughputBenchmark(TestServiceHost service, TestDatabase database)
{
    private readonly List<Guid> _processes = [];

    public async Task PrepareAsync(int processCount)
    {
        for (var i = 0; i < processCount; i++)
        {
            var processId = Guid.NewGuid();
            _processes.Add(processId);
            await service.Bus.Publish(
                new StartProcess { ProcessId = processId, TimeoutMilliseconds = 0, RequestStep = false });
        }

        await database.WaitUntilAsync(
            async db => await db.Processes.CountAsync(x => x.CurrentState == "Running") == processCount,
            TimeSpan.FromMinutes(2));
    }

    /// <summary>Publishes <paramref name="eventsPerProcess"/> events to every process; returns transitions/s.</summary>
    public async Task<double> RunAsync(int eventsPerProcess)
    {
        long before;
        await using (var db = database.Open())
        {
            before = await db.Processes.SumAsync(x => (long)x.Counter);
        }

        var expected = before + ((long)eventsPerProcess * _processes.Count);
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < eventsPerProcess; round++)
        {
            await Task.WhenAll(_processes.Select(id => service.Bus.Publish(new IncrementCounter { ProcessId = id })));
        }

        var done = await database.WaitUntilAsync(
            async db => await db.Processes.SumAsync(x => (long)x.Counter) >= expected, TimeSpan.FromMinutes(5));
        stopwatch.Stop();
        if (!done)
        {
            throw new TimeoutException("the saga did not apply every event within five minutes");
        }

        return eventsPerProcess * _processes.Count / stopwatch.Elapsed.TotalSeconds;
    }
}
