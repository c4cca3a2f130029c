using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Tests;

[Collection(ServersCollection.Name)]
public sealed class OutboxDispatchTests(ServersFixture servers)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OneConversation_TwoReplicasDispatching_EachRowSentOnceInSequenceOrder(bool explicitConversation)
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var first = await TestServiceHost.StartAsync(servers, database);
        await using var second = await TestServiceHost.StartAsync(servers, database);
        var conversationId = NewId.NextGuid();
        var processIds = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();

        await first.InOutboxAsync(async (outbox, _) =>
        {
            foreach (var processId in processIds)
            {
                // Without an explicit one, the unit of work gives all its messages one conversation.
                await outbox.PublishEndpoint.Publish(
                    new StepRequested { ProcessId = processId },
                    x => x.ConversationId = explicitConversation ? conversationId : x.ConversationId);
            }
        });

        var sent = await database.WaitUntilAsync(
            async db => await db.Effects.CountAsync() == processIds.Count, TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        await using var check = database.Open();
        var rows = await check.Set<OutboxMessage>()
            .Where(x => x.MessageType.Contains("StepRequested"))
            .OrderBy(x => x.SequenceNumber)
            .ToListAsync();
        Assert.True(sent);
        Assert.Equal(processIds.Count, rows.Count);
        Assert.Single(rows.Select(x => x.ConversationId).Distinct());
        Assert.Equal(explicitConversation, rows[0].ConversationId == conversationId);
        Assert.All(rows, row => Assert.NotNull(row.DispatchedAt));
        Assert.Equal(rows.Select(x => x.DispatchedAt).Order(), rows.Select(x => x.DispatchedAt));
        Assert.All(rows.Zip(processIds), pair => Assert.Contains(pair.Second.ToString("D"), pair.First.Body));
        Assert.Equal(0, first.Logs.Count(9003) + second.Logs.Count(9003));
        Assert.Equal(processIds.Count, await check.Effects.Select(x => x.ProcessId).Distinct().CountAsync());
    }
}
