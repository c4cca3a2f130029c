using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Tests;

[Collection(ServersCollection.Name)]
public sealed class SagaRepositoryTests(ServersFixture servers)
{
    [Fact]
    public async Task TwoStepSaga_StartedThroughOutbox_RowHoldsFinalState()
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var service = await TestServiceHost.StartAsync(servers, database);
        var processId = Guid.NewGuid();

        await service.InOutboxAsync((outbox, _) => outbox.PublishEndpoint.Publish(
            new StartProcess { ProcessId = processId, TimeoutMilliseconds = 0, RequestStep = true }));

        var finished = await database.WaitUntilAsync(
            async db => await db.Processes.AnyAsync(x => x.CorrelationId == processId && x.CurrentState == "Final"),
            TimeSpan.FromSeconds(30));
        Assert.True(finished);
        await using var check = database.Open();
        var row = await check.Processes.SingleAsync(x => x.CorrelationId == processId);
        Assert.Equal("Final", row.CurrentState);
        Assert.Equal(2, row.Version);
        Assert.Equal(1, await check.Effects.CountAsync(x => x.ProcessId == processId));
        Assert.Equal(0, await check.Set<Outbox.OutboxMessage>().CountAsync(x => x.DispatchedAt == null));
    }

    [Fact]
    public async Task TwentyConcurrentEvents_OnOneInstance_EachAppliedExactlyOnce()
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var service = await TestServiceHost.StartAsync(servers, database);
        var processId = await StartRunningProcessAsync(service, database);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            service.Bus.Publish(new IncrementCounter { ProcessId = processId })));

        var counted = await database.WaitUntilAsync(
            async db => await db.Processes.AnyAsync(x => x.CorrelationId == processId && x.Counter >= 20),
            TimeSpan.FromSeconds(30));
        Assert.True(counted);
        await Task.Delay(500);
        await using var check = database.Open();
        var row = await check.Processes.SingleAsync(x => x.CorrelationId == processId);
        Assert.Equal(20, row.Counter);
        Assert.Equal(21, row.Version);
        Assert.Equal(0, service.Logs.Count(9006));
    }

    [Fact]
    public async Task TwentyConcurrentEvents_OnTwoReplicas_ConflictsRetriedAndEachAppliedOnce()
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var first = await TestServiceHost.StartAsync(servers, database);
        await using var second = await TestServiceHost.StartAsync(servers, database);
        var processId = await StartRunningProcessAsync(first, database);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? first : second).Bus.Publish(new IncrementCounter { ProcessId = processId })));

        var counted = await database.WaitUntilAsync(
            async db => await db.Processes.AnyAsync(x => x.CorrelationId == processId && x.Counter >= 20),
            TimeSpan.FromSeconds(30));
        Assert.True(counted);
        await Task.Delay(500);
        await using var check = database.Open();
        var row = await check.Processes.SingleAsync(x => x.CorrelationId == processId);
        Assert.Equal(20, row.Counter);
        Assert.Equal(21, row.Version);
    }

    internal static async Task<Guid> StartRunningProcessAsync(TestServiceHost service, TestDatabase database)
    {
        var processId = Guid.NewGuid();
        await service.Bus.Publish(
                new StartProcess { ProcessId = processId, TimeoutMilliseconds = 0, RequestStep = false });
        var running = await database.WaitUntilAsync(
            async db => await db.Processes.AnyAsync(x => x.CorrelationId == processId && x.CurrentState == "Running"),
            TimeSpan.FromSeconds(30));
        Assert.True(running);

        return processId;
    }
}
