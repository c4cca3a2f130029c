namespace Kazynashylyk.BuildingBlocks.Tests.Messages;

/// <summary>Asks the step consumer to do the process's one side effect.</summary>
public sealed record StepRequested
{
    public required Guid ProcessId { get; init; }
}
