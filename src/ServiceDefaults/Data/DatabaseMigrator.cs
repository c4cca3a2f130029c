using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kazynashylyk.ServiceDefaults.Data;

/// <summary>
/// Migrates one database under a PostgreSQL advisory lock. The lock is taken in the server's maintenance
/// database, because the service's own database may not exist yet: the first holder creates it.
/// </summary>
public sealed partial class DatabaseMigrator(ILogger<DatabaseMigrator> logger)
{
    private const string MaintenanceDatabase = "postgres";
    private const int Attempts = 10;

    public async Task MigrateAsync(DbContext context, CancellationToken cancellationToken)
    {
        var connectionString = context.Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{context.GetType().Name} has no connection string.");
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = MaintenanceDatabase };
        var lockKey = LockKeyOf(target.Database ?? string.Empty);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateUnderLockAsync(context, maintenance.ConnectionString, lockKey, cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (attempt < Attempts && exception.IsTransient)
            {
                LogRetrying(logger, target.Database, attempt, exception.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>A stable 64-bit lock key per database name, the same in every process.</summary>
    public static long LockKeyOf(string database)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("kazynashylyk:migrate:" + database));

        return BitConverter.ToInt64(hash, 0);
    }

    private async Task MigrateUnderLockAsync(
        DbContext context,
        string maintenanceConnectionString,
        long lockKey,
        CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnectionString);
        await connection.OpenAsync(cancellationToken);

        var waited = Stopwatch.StartNew();
        await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", lockKey, cancellationToken);
        try
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, connection.Database, pending.Count, waited.ElapsedMilliseconds);
        }
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", lockKey, CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection,
        string sql,
        long lockKey,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", lockKey);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Database migrated under the advisory lock of {Maintenance}: {Applied} migration(s), {ElapsedMs} ms")]
    private static partial void LogMigrated(ILogger logger, string maintenance, int applied, long elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Migration of {Database} failed on attempt {Attempt}, retrying: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string? database, int attempt, string reason);
}
