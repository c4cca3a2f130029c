using Kazynashylyk.BuildingBlocks.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Onboarding.Tests.Postgres;

/// <summary>
/// One private PostgreSQL cluster (the BuildingBlocks tests' <see cref="LocalPostgres"/>) for the collection, in a
/// fresh folder under /var/tmp removed at the end; each test takes a database of its own.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine("/var/tmp", $"kz-onboarding-tests-{Guid.NewGuid():N}");
    private LocalPostgres? _postgres;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        if (!OperatingSystem.IsWindows())
        {
            // The postgres user must be able to traverse the folder to reach its data directory.
            File.SetUnixFileMode(_root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead
                | UnixFileMode.OtherExecute);
        }

        _postgres = await LocalPostgres.StartAsync(_root, durableCommits: false);
    }

    /// <summary>Creates a database with the onboarding's tables and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "o" + Guid.NewGuid().ToString("N")[..10];
        await _postgres!.CreateDatabaseAsync(name);
        var connectionString = _postgres.ConnectionString(name);
        await using var db = Open(connectionString);
        await db.Database.EnsureCreatedAsync();

        return connectionString;
    }

    public static OnboardingDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<OnboardingDbContext>().UseNpgsql(connectionString).Options);

    public async Task DisposeAsync()
    {
        try
        {
            if (_postgres is not null)
            {
                await _postgres.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
