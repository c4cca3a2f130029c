namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>One Redis for the tests of its collection, in a fresh folder under /var/tmp removed at the end.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine("/var/tmp", $"kz-redis-tests-{Guid.NewGuid():N}");

    public LocalRedis Redis { get; private set; } = null!;

    public async Task InitializeAsync() => Redis = await LocalRedis.StartAsync(_root);

    public async Task DisposeAsync()
    {
        try
        {
            await Redis.DisposeAsync();
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
