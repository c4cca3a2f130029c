namespace Kazynashylyk.BuildingBlocks.Tests.Messages;

/// <summary>Tells the process its step is done.</summary>
public sealed record StepCompleted
{
    public required Guid ProcessId { get; init; }
}
