namespace Kazynashylyk.BuildingBlocks.Tests.Messages;

/// <summary>Adds one to the process's counter.</summary>
public sealed record IncrementCounter
{
    public required Guid ProcessId { get; init; }
}
