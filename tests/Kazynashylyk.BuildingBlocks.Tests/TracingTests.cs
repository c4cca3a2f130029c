using System.Diagnostics;
using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Tests;

[Collection(ServersCollection.Name)]
public sealed class TracingTests(ServersFixture servers)
{
    [Fact]
    public async Task RequestTrace_ThroughOutboxSagaAndConsumer_ConsumerRunsInSameTrace()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("Kazynashylyk.BuildingBlocks.Tests");
        var database = await TestDatabase.CreateAsync(servers);
        await using var service = await TestServiceHost.StartAsync(servers, database);
        var processId = Guid.NewGuid();
        string traceId;

        using (var request = source.StartActivity("POST /api/test/processes")!)
        {
            traceId = request.TraceId.ToHexString();
            await service.InOutboxAsync((outbox, _) => outbox.PublishEndpoint.Publish(
                new StartProcess { ProcessId = processId, TimeoutMilliseconds = 0, RequestStep = true }));
        }

        var finished = await database.WaitUntilAsync(
            async db => await db.Effects.AnyAsync(x => x.ProcessId == processId), TimeSpan.FromSeconds(20));
        await using var check = database.Open();
        var effect = await check.Effects.SingleAsync(x => x.ProcessId == processId);
        var rows = await check.Set<OutboxMessage>().Select(x => x.TraceParent).ToListAsync();
        Assert.True(finished);
        Assert.Equal(traceId, effect.TraceId);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, parent => Assert.Contains(traceId, parent, StringComparison.Ordinal));
    }
}
