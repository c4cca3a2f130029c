using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Benchmarks;

/// <summary>Notes when a probe arrives; it runs inside the durable filter like any consumer.</summary>
public sealed class LatencyProbeConsumer(LatencyRecorder recorder) : IConsumer<LatencyProbe>
{
    public Task Consume(ConsumeContext<LatencyProbe> context)
    {
        recorder.Record(context.Message);

        return Task.CompletedTask;
    }
}
