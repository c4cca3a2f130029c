using Kazynashylyk.BuildingBlocks.Inbox;
using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.BuildingBlocks.Tests.Data;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kazynashylyk.BuildingBlocks.Tests;

[Collection(ServersCollection.Name)]
public sealed class PruningTests(ServersFixture servers)
{
    [Fact]
    public async Task Prune_RowsPastRetention_RemovesOnlyThoseAndKeepsPending()
    {
        var database = await TestDatabase.CreateAsync(servers);
        var now = DateTime.UtcNow;
        await using (var db = database.Open())
        {
            db.AddRange(
                Row(dispatchedAt: now.AddDays(-8)),
                Row(dispatchedAt: now.AddDays(-1)),
                Row(dispatchedAt: null, createdAt: now.AddDays(-9)));
            db.AddRange(
                new InboxMessage { MessageId = Guid.NewGuid(), ConsumerId = "old", ReceivedAt = now.AddDays(-31) },
                new InboxMessage { MessageId = Guid.NewGuid(), ConsumerId = "recent", ReceivedAt = now.AddDays(-2) });
            await db.SaveChangesAsync();
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContext<TestDbContext>(o => o.UseNpgsql(database.ConnectionString))
            .AddDurableMessaging<TestDbContext>(o =>
            {
                o.OutboxRetention = TimeSpan.FromDays(7);
                o.InboxRetention = TimeSpan.FromDays(30);
            });
        await using var provider = services.BuildServiceProvider();
        var pruner = provider.GetRequiredService<DurableMessagingPruner<TestDbContext>>();

        var (outbox, inbox) = await pruner.PruneAsync(CancellationToken.None);

        await using var check = database.Open();
        Assert.Equal(1, outbox);
        Assert.Equal(1, inbox);
        Assert.Equal(2, await check.Set<OutboxMessage>().CountAsync());
        Assert.Equal(1, await check.Set<OutboxMessage>().CountAsync(x => x.DispatchedAt == null));
        Assert.Equal("recent", (await check.Set<InboxMessage>().SingleAsync()).ConsumerId);
    }

    private static OutboxMessage Row(DateTime? dispatchedAt, DateTime? createdAt = null) => new()
    {
        MessageId = Guid.NewGuid(),
        ContentType = "application/vnd.masstransit+json",
        MessageType = "urn:message:Kazynashylyk.BuildingBlocks.Tests.Messages:StepCompleted",
        Body = "{}",
        HeadersJson = "{}",
        CreatedAt = createdAt ?? dispatchedAt!.Value,
        DueAt = (createdAt ?? dispatchedAt!.Value).AddDays(365),
        DispatchedAt = dispatchedAt,
    };
}
