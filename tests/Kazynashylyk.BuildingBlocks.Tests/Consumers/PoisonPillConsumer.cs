using Kazynashylyk.BuildingBlocks.Tests.Data;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Tests.Consumers;

/// <summary>Fails every attempt while <see cref="Failing"/> is set, then records an effect.</summary>
public sealed class PoisonPillConsumer(TestDbContext db) : IConsumer<PoisonPill>
{
    private static int _failing = 1;

    public static bool Failing
    {
        get => Volatile.Read(ref _failing) == 1;
        set => Volatile.Write(ref _failing, value ? 1 : 0);
    }

    public Task Consume(ConsumeContext<PoisonPill> context)
    {
        if (Failing)
        {
            throw new InvalidOperationException("The test asked this consumer to fail");
        }

        db.Effects.Add(new Effect { ProcessId = context.Message.ProcessId, Kind = "pill" });

        return Task.CompletedTask;
    }
}
