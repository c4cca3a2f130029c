using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kazynashylyk.BuildingBlocks.Benchmarks;

/// <summary>Collects publish-to-consume delays per mode; one instance for the whole run.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _milliseconds = new();

    public void Record(LatencyProbe probe)
    {
        var elapsed = Stopwatch.GetElapsedTime(probe.PublishedAtTicks).TotalMilliseconds;
        _milliseconds.GetOrAdd(probe.Mode, _ => []).Add(elapsed);
    }

    public int Count(string mode) => _milliseconds.TryGetValue(mode, out var values) ? values.Count : 0;

    public double[] Take(string mode)
    {
        var values = _milliseconds.TryRemove(mode, out var bag) ? bag.ToArray() : [];
        Array.Sort(values);

        return values;
    }
}
