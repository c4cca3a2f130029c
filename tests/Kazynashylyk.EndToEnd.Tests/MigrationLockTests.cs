using Kazynashylyk.Agreements.Data;
using Kazynashylyk.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class MigrationLockTests(AppHostFixture fixture)
{
    [Fact]
    public async Task Migrate_FourReplicasAtOnce_CreateTheDatabaseAndApplyEachMigrationOnce()
    {
        var server = new NpgsqlConnectionStringBuilder(await fixture.ConnectionStringAsync("agreementsdb"))
        {
            Database = $"race_{Guid.NewGuid():N}",
        };
        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var context = new AgreementsDbContext(
                new DbContextOptionsBuilder<AgreementsDbContext>().UseNpgsql(server.ConnectionString).Options);
            await migrator.MigrateAsync(context, CancellationToken.None);
        }));

        await using var check = new AgreementsDbContext(
            new DbContextOptionsBuilder<AgreementsDbContext>().UseNpgsql(server.ConnectionString).Options);
        var applied = await check.Database.GetAppliedMigrationsAsync();
        Assert.Equal(check.Database.GetMigrations(), applied);
        Assert.Equal(0, await check.JournalCounters.CountAsync());
    }
}
