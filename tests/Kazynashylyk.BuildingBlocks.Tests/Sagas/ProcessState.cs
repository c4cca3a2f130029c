using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Tests.Sagas;

/// <summary>State of the test process saga.</summary>
public sealed class ProcessState : SagaStateMachineInstance, ISagaVersion
{
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public required string CurrentState { get; set; }

    public int Counter { get; set; }

    public Guid? TimeoutTokenId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? TimedOutAt { get; set; }
}
