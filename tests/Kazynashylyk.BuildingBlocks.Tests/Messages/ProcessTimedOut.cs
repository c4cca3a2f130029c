namespace Kazynashylyk.BuildingBlocks.Tests.Messages;

/// <summary>The process's scheduled timeout.</summary>
public sealed record ProcessTimedOut
{
    public required Guid ProcessId { get; init; }
}
