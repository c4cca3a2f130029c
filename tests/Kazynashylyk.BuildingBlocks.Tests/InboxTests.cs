using Kazynashylyk.BuildingBlocks.Inbox;
using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.BuildingBlocks.Tests.Consumers;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Tests;

[Collection(ServersCollection.Name)]
public sealed class InboxTests(ServersFixture servers)
{
    [Fact]
    public async Task ConsumerRedelivery_SameMessageId_EffectAndPublishHappenOnce()
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var service = await TestServiceHost.StartAsync(servers, database);
        var processId = await SagaRepositoryTests.StartRunningProcessAsync(service, database);
        var messageId = NewId.NextGuid();
        var queue = new Uri($"queue:{service.Names.Consumer<StepRequestedConsumer>()}");
        var endpoint = await service.Bus.GetSendEndpoint(queue);

        for (var delivery = 0; delivery < 2; delivery++)
        {
            await endpoint.Send(new StepRequested { ProcessId = processId }, x => x.MessageId = messageId);
        }

        var skipped = await WaitForAsync(() => service.Logs.Count(9003) >= 1, TimeSpan.FromSeconds(20));
        await Task.Delay(500);
        await using var check = database.Open();
        Assert.True(skipped);
        Assert.Equal(1, await check.Effects.CountAsync(x => x.ProcessId == processId));
        Assert.Equal(1, await check.Set<InboxMessage>().CountAsync(x => x.MessageId == messageId));
        Assert.Equal(1, await check.Set<OutboxMessage>().CountAsync(x => x.MessageType.Contains("StepCompleted")));
        Assert.Equal("Final", (await check.Processes.SingleAsync(x => x.CorrelationId == processId)).CurrentState);
    }

    [Fact]
    public async Task SagaRedelivery_SameMessageId_StateChangesOnce()
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var service = await TestServiceHost.StartAsync(servers, database);
        var processId = await SagaRepositoryTests.StartRunningProcessAsync(service, database);
        var messageId = NewId.NextGuid();

        for (var delivery = 0; delivery < 3; delivery++)
        {
            await service.Bus.Publish(new IncrementCounter { ProcessId = processId }, x => x.MessageId = messageId);
        }

        var skipped = await WaitForAsync(() => service.Logs.Count(9003) >= 2, TimeSpan.FromSeconds(20));
        await using var check = database.Open();
        var row = await check.Processes.SingleAsync(x => x.CorrelationId == processId);
        Assert.True(skipped);
        Assert.Equal(1, row.Counter);
        Assert.Equal(2, row.Version);
    }

    internal static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
