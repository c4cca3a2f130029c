namespace Kazynashylyk.BuildingBlocks.Tests.Data;

/// <summary>One side effect of a consumer; no unique key, so a repeated effect shows up as a second row.</summary>
public sealed class Effect
{
    public long Id { get; set; }

    public Guid ProcessId { get; set; }

    public required string Kind { get; set; }

    public string? TraceId { get; set; }
}
