namespace Kazynashylyk.BuildingBlocks.Benchmarks;

/// <summary>A message stamped with the moment it was handed to the bus or the outbox.</summary>
public sealed record LatencyProbe
{
    public required Guid ProbeId { get; init; }

    public required string Mode { get; init; }

    public required long PublishedAtTicks { get; init; }
}
