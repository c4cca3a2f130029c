using System.Collections.Concurrent;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>Counts every ProcessTimedOut that reaches a consumer, whether or not the saga acts on it.</summary>
public sealed class TimeoutProbe : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _received = new();

    public int Received(Guid processId) => _received.GetValueOrDefault(processId);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is ProcessTimedOut timedOut)
        {
            _received.AddOrUpdate(timedOut.ProcessId, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
