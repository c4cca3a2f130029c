using Kazynashylyk.BuildingBlocks.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>A database of its own for one test, with the service's schema; its name also prefixes the queues.</summary>
public sealed class TestDatabase
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(ServersFixture servers)
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..10];
        await servers.Postgres.CreateDatabaseAsync(name);
        var database = new TestDatabase(name, servers.Postgres.ConnectionString(name));
        await using var db = database.Open();
        await db.Database.EnsureCreatedAsync();

        return database;
    }

    public TestDbContext Open() =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>Polls until <paramref name="condition"/> holds or the time is up; returns whether it held.</summary>
    public async Task<bool> WaitUntilAsync(Func<TestDbContext, Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var db = Open();
            if (await condition(db))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
