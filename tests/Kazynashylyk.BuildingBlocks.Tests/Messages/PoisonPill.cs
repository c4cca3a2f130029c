namespace Kazynashylyk.BuildingBlocks.Tests.Messages;

/// <summary>A message whose consumer fails while told to, to reach the error queue.</summary>
public sealed record PoisonPill
{
    public required Guid ProcessId { get; init; }
}
