using Kazynashylyk.BuildingBlocks.DeadLetters;
using Kazynashylyk.BuildingBlocks.Tests.Consumers;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.BuildingBlocks.Tests;

[Collection(ServersCollection.Name)]
public sealed class DeadLetterTests(ServersFixture servers)
{
    [Fact]
    public async Task FailingMessage_RetriesExhaustedThenRedelivered_LandsInErrorQueueThenConsumedOnce()
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var service = await TestServiceHost.StartAsync(servers, database, o => o.RetryLimit = 2);
        var queue = service.Names.Consumer<PoisonPillConsumer>();
        var processId = Guid.NewGuid();
        PoisonPillConsumer.Failing = true;

        await service.Bus.Publish(new PoisonPill { ProcessId = processId });

        var deadLettered = await InboxTests.WaitForAsync(() => service.Logs.Count(9004) == 1, TimeSpan.FromSeconds(20));
        await Task.Delay(300);
        Assert.True(deadLettered);
        Assert.Equal(1u, await servers.RabbitMq.MessageCountAsync(queue + "_error"));

        PoisonPillConsumer.Failing = false;
        var redelivery = new DeadLetterRedelivery(
            servers.RabbitMq.AmqpAddress, NullLogger<DeadLetterRedelivery>.Instance);
        var moved = await redelivery.RedeliverAsync(queue, 10, CancellationToken.None);

        var consumed = await database.WaitUntilAsync(
            async db => await db.Effects.AnyAsync(x => x.ProcessId == processId), TimeSpan.FromSeconds(20));
        await using var check = database.Open();
        Assert.Equal(1, moved);
        Assert.True(consumed);
        Assert.Equal(1, await check.Effects.CountAsync(x => x.ProcessId == processId));
        Assert.Equal(0u, await servers.RabbitMq.MessageCountAsync(queue + "_error"));
        Assert.Equal(1, service.Logs.Count(9004));
    }
}
