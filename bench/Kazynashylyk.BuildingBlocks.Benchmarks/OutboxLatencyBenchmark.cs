using System.Diagnostics;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

namespace Kazynashylyk.BuildingBlocks.Benchmarks;

/// <summary>
/// Publish-to-consume latency of the same message published straight to the bus and through the outbox (a
/// committed transaction, then the dispatcher). Both kinds go through the same consumer and inbox on arrival.
/// </summary>
internal sealed class OutboxLatencyBenchmark(TestServiceHost service, LatencyRecorder recorder)
{
    public const string Direct = "direct";
    public const string Outbox = "outbox";

    /// <summary>Sends <paramref name="count"/> probes, <paramref name="pause"/> apart, in one mode.</summary>
    public async Task<double[]> RunAsync(string mode, int count, TimeSpan pause)
    {
        for (var i = 0; i < count; i++)
        {
            var probe = new LatencyProbe
            {
                ProbeId = Guid.NewGuid(),
                Mode = mode,
                PublishedAtTicks = Stopwatch.GetTimestamp(),
            };
            if (mode == Outbox)
            {
                await service.InOutboxAsync((outbox, _) => outbox.PublishEndpoint.Publish(probe));
            }
            else
            {
                await service.Bus.Publish(probe);
            }

            await Task.Delay(pause);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (recorder.Count(mode) < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return recorder.Take(mode);
    }
}
