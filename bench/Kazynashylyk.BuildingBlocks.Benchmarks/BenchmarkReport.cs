namespace Kazynashylyk.BuildingBlocks.Benchmarks;

/// <summary>Runs the measurements with their warm-ups and prints one line per figure.</summary>
internal static class BenchmarkReport
{
    private const int Processes = 100;
    private const int EventsPerProcess = 20;
    private const int Probes = 500;

    public static async Task SagaThroughputAsync(SagaThroughputBenchmark benchmark, int repeats)
    {
        await benchmark.PrepareAsync(Processes);
        await benchmark.RunAsync(eventsPerProcess: 5);

        var results = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            results.Add(await benchmark.RunAsync(EventsPerProcess));
            Print($"saga transitions/s, run {i + 1}: {results[^1]:F0} ({Processes * EventsPerProcess} events)");
        }

        results.Sort();
        Print($"saga transitions/s: median {results[results.Count / 2]:F0}, min {results[0]:F0}, max {results[^1]:F0}");
    }

    public static async Task OutboxLatencyAsync(OutboxLatencyBenchmark benchmark, int repeats)
    {
        var pause = TimeSpan.FromMilliseconds(5);
        await benchmark.RunAsync(OutboxLatencyBenchmark.Direct, 100, pause);
        await benchmark.RunAsync(OutboxLatencyBenchmark.Outbox, 100, pause);

        var direct = new List<double>();
        var outbox = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            direct.AddRange(await benchmark.RunAsync(OutboxLatencyBenchmark.Direct, Probes, pause));
            outbox.AddRange(await benchmark.RunAsync(OutboxLatencyBenchmark.Outbox, Probes, pause));
        }

        var directSorted = direct.Order().ToArray();
        var outboxSorted = outbox.Order().ToArray();
        foreach (var (name, sample) in new[] { ("direct publish", directSorted), ("through outbox", outboxSorted) })
        {
            var (p50, p99) = (Percentiles.Of(sample, 50), Percentiles.Of(sample, 99));
            Print($"{name}: {sample.Length} messages, p50 {p50:F2} ms, p99 {p99:F2} ms");
        }

        var addedP50 = Percentiles.Of(outboxSorted, 50) - Percentiles.Of(directSorted, 50);
        var addedP99 = Percentiles.Of(outboxSorted, 99) - Percentiles.Of(directSorted, 99);
        Print($"outbox added latency: p50 {addedP50:F2} ms, p99 {addedP99:F2} ms");
    }

    private static void Print(FormattableString line) => Console.WriteLine(FormattableString.Invariant(line));
}
