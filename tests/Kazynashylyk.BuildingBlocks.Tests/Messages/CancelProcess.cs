namespace Kazynashylyk.BuildingBlocks.Tests.Messages;

/// <summary>Cancels the process and its pending timeout.</summary>
public sealed record CancelProcess
{
    public required Guid ProcessId { get; init; }
}
