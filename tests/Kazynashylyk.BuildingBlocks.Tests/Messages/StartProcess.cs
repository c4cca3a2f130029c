namespace Kazynashylyk.BuildingBlocks.Tests.Messages;

/// <summary>
/// Starts a test process; a positive timeout schedules ProcessTimedOut, RequestStep publishes StepRequested.
/// </summary>
public sealed record StartProcess
{
    public required Guid ProcessId { get; init; }

    public required int TimeoutMilliseconds { get; init; }

    public required bool RequestStep { get; init; }
}
