using Kazynashylyk.BuildingBlocks.Outbox;
using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Kazynashylyk.BuildingBlocks.Tests.Messages;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Tests;

[Collection(ServersCollection.Name)]
public sealed class SchedulingTests(ServersFixture servers)
{
    [Fact]
    public async Task SagaTimeout_Scheduled_FiresAfterItsDelay()
    {
        var database = await TestDatabase.CreateAsync(servers);
        await using var service = await TestServiceHost.StartAsync(servers, database);
        var processId = Guid.NewGuid();

        await service.Bus.Publish(
                new StartProcess { ProcessId = processId, TimeoutMilliseconds = 1500, RequestStep = false });

        var timedOut = await database.WaitUntilAsync(
            async db => await db.Processes.AnyAsync(x => x.CorrelationId == processId && x.CurrentState == "TimedOut"),
            TimeSpan.FromSeconds(20));
        await using var check = database.Open();
        var row = await check.Processes.SingleAsync(x => x.CorrelationId == processId);
        Assert.True(timedOut);
        var waited = row.TimedOutAt - row.StartedAt;
        Assert.True(waited >= TimeSpan.FromMilliseconds(1500), $"fired after {waited}");
        Assert.Equal(1, service.Timeouts.Received(processId));
    }

    [Fact]
    public async Task SagaTimeout_CancelledThenServiceRestarted_NeverFires()
    {
        var database = await TestDatabase.CreateAsync(servers);
        var cancelledId = Guid.NewGuid();
        var controlId = Guid.NewGuid();
        await using (var before = await TestServiceHost.StartAsync(servers, database))
        {
            await before.Bus.Publish(
                new StartProcess { ProcessId = cancelledId, TimeoutMilliseconds = 3000, RequestStep = false });
            await before.Bus.Publish(
                new StartProcess { ProcessId = controlId, TimeoutMilliseconds = 3000, RequestStep = false });
            await database.WaitUntilAsync(
                async db => await db.Processes.CountAsync(x => x.CurrentState == "Running") == 2,
                TimeSpan.FromSeconds(20));
            await before.Bus.Publish(new CancelProcess { ProcessId = cancelledId });
            Assert.True(await database.WaitUntilAsync(
                async db => await db.Processes.AnyAsync(
                    x => x.CorrelationId == cancelledId && x.CurrentState == "Cancelled"),
                TimeSpan.FromSeconds(20)));
        }

        await using var after = await TestServiceHost.StartAsync(servers, database);
        var controlFired = await database.WaitUntilAsync(
            async db => await db.Processes.AnyAsync(x => x.CorrelationId == controlId && x.CurrentState == "TimedOut"),
            TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(1));

        await using var check = database.Open();
        Assert.True(controlFired);
        var cancelled = await check.Processes.SingleAsync(x => x.CorrelationId == cancelledId);
        Assert.Equal("Cancelled", cancelled.CurrentState);
        Assert.Equal(0, after.Timeouts.Received(cancelledId));
        Assert.Equal(1, after.Timeouts.Received(controlId));
        Assert.Equal(1, await check.Set<OutboxMessage>().CountAsync(x => x.ScheduleTokenId != null));
    }
}
