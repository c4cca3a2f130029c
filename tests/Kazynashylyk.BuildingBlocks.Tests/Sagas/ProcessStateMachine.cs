using Kazynashylyk.BuildingBlocks.Tests.Messages;
using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Tests.Sagas;

/// <summary>
/// Two steps (start, step completed) with an optional timeout, a counter for concurrency tests and a cancel.
/// </summary>
public sealed class ProcessStateMachine : MassTransitStateMachine<ProcessState>
{
    public ProcessStateMachine()
    {
        InstanceState(x => x.CurrentState);

        Event(() => StartProcess, x => x.CorrelateById(m => m.Message.ProcessId));
        Event(() => StepCompleted, x => x.CorrelateById(m => m.Message.ProcessId));
        Event(() => IncrementCounter, x => x.CorrelateById(m => m.Message.ProcessId));
        Event(() => CancelProcess, x => x.CorrelateById(m => m.Message.ProcessId));

        Schedule(() => Timeout, x => x.TimeoutTokenId, s =>
        {
            s.Delay = TimeSpan.FromMinutes(1);
            s.Received = r => r.CorrelateById(m => m.Message.ProcessId);
        });

        Initially(
            When(StartProcess)
                .Then(x => x.Saga.StartedAt = DateTime.UtcNow)
                .If(x => x.Message.TimeoutMilliseconds > 0, then => then.Schedule(
                    Timeout,
                    x => new ProcessTimedOut { ProcessId = x.Saga.CorrelationId },
                    x => TimeSpan.FromMilliseconds(x.Message.TimeoutMilliseconds)))
                .If(x => x.Message.RequestStep, then => then.Publish(
                    x => new StepRequested { ProcessId = x.Saga.CorrelationId }))
                .TransitionTo(Running));

        During(Running,
            When(StepCompleted)
                .Unschedule(Timeout)
                .Finalize(),
            When(IncrementCounter)
                .Then(x => x.Saga.Counter++),
            When(CancelProcess)
                .Unschedule(Timeout)
                .TransitionTo(Cancelled),
            When(Timeout!.Received)
                .Then(x => x.Saga.TimedOutAt = DateTime.UtcNow)
                .TransitionTo(TimedOut));
    }

    public State Running { get; private set; } = null!;

    public State Cancelled { get; private set; } = null!;

    public State TimedOut { get; private set; } = null!;

    public Schedule<ProcessState, ProcessTimedOut>? Timeout { get; private set; }

    public Event<StartProcess> StartProcess { get; private set; } = null!;

    public Event<StepCompleted> StepCompleted { get; private set; } = null!;

    public Event<IncrementCounter> IncrementCounter { get; private set; } = null!;

    public Event<CancelProcess> CancelProcess { get; private set; } = null!;
}
