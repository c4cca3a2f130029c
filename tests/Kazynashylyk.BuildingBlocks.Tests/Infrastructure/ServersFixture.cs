namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL and one RabbitMQ for the whole test collection, started in a fresh folder under /var/tmp and
/// removed at the end. Each test takes its own database and queue-name prefix.
/// </summary>
public sealed class ServersFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine("/var/tmp", $"kz-buildingblocks-tests-{Guid.NewGuid():N}");
    private readonly bool _durableCommits;

    public ServersFixture()
        : this(durableCommits: false)
    {
    }

    private ServersFixture(bool durableCommits)
    {
        _durableCommits = durableCommits;
    }

    /// <summary>Servers whose PostgreSQL keeps fsync and synchronous commit on, as in production.</summary>
    public static ServersFixture WithDurableCommits() => new(durableCommits: true);

    public LocalPostgres Postgres { get; private set; } = null!;

    public LocalRabbitMq RabbitMq { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        await ProcessRunner.RunAsync("chmod", ["755", _root]);
        var postgres = LocalPostgres.StartAsync(_root, _durableCommits);
        var rabbit = LocalRabbitMq.StartAsync(Path.Combine(_root, "rabbitmq"));
        Postgres = await postgres;
        RabbitMq = await rabbit;
    }

    public async Task DisposeAsync()
    {
        try
        {
            await RabbitMq.DisposeAsync();
        }
        finally
        {
            await Postgres.DisposeAsync();
            Directory.Delete(_root, recursive: true);
        }
    }
}
