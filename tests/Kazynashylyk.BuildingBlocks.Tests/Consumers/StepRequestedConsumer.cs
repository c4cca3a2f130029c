using System.Diagnostics;
using Kazynashylyk.BuildingBlocks.Tests.Data;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Tests.Consumers;

/// <summary>Does the step's side effect (a row) and reports back, both in the filter's transaction.</summary>
public sealed class StepRequestedConsumer(TestDbContext db, StepSettings settings) : IConsumer<StepRequested>
{
    public async Task Consume(ConsumeContext<StepRequested> context)
    {
        if (settings.Duration > TimeSpan.Zero)
        {
            await Task.Delay(settings.Duration, context.CancellationToken);
        }

        db.Effects.Add(new Effect
        {
            ProcessId = context.Message.ProcessId,
            Kind = "step",
            TraceId = Activity.Current?.TraceId.ToHexString(),
        });
        await context.Publish(new StepCompleted { ProcessId = context.Message.ProcessId });
    }
}
