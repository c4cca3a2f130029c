using Npgsql;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL 15 cluster in its own data folder and port, run as the postgres user (it refuses root).
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly string _dataDirectory;

    private LocalPostgres(string dataDirectory, int port)
    {
        _dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    /// <param name="root">A folder every parent of which the postgres user can traverse (under /var/tmp).</param>
    /// <param name="durableCommits">False trades crash safety of the cluster for speed, fine for tests.</param>
    public static async Task<LocalPostgres> StartAsync(string root, bool durableCommits)
    {
        var dataDirectory = Path.Combine(root, "postgres");
        Directory.CreateDirectory(dataDirectory);
        await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", dataDirectory]);
        await AsPostgresAsync(
            "initdb", "-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");

        var port = FreePort.Next();
        var settings = $"-p {port} -k /tmp -c max_connections=300 -c shared_buffers=128MB"
            + (durableCommits ? string.Empty : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        var log = Path.Combine(dataDirectory, "server.log");
        await AsPostgresAsync("pg_ctl", "-D", dataDirectory, "-o", settings, "-l", log, "-w", "start");

        return new LocalPostgres(dataDirectory, port);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=80;"
        + "Include Error Detail=true";

    public async Task CreateDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await AsPostgresAsync("pg_ctl", "-D", _dataDirectory, "-m", "fast", "-w", "stop");
    }

    private static Task<string> AsPostgresAsync(string tool, params string[] arguments) =>
        ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinDirectory, tool), .. arguments]);
}
