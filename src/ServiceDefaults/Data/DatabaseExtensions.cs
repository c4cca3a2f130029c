using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.ServiceDefaults.Data;

/// <summary>Each service's own PostgreSQL database: the DbContext, its health check and its migrations.</summary>
public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> on the connection string <paramref name="connectionName"/>,
    /// with tracing, metrics and a health check. EF Core's retrying strategy is off: the services open their own
    /// transactions (state change plus outbox rows), which a retrying strategy would replay only in part.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName)
        where TContext : DbContext
    {
        builder.AddNpgsqlDbContext<TContext>(connectionName, settings => settings.DisableRetry = true);

        return builder;
    }

    /// <summary>
    /// Applies the pending migrations of <typeparamref name="TContext"/> before the service takes traffic.
    /// Replicas that start together queue on a PostgreSQL advisory lock, so exactly one of them migrates.
    /// </summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app)
        where TContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DatabaseMigrator>>();

        await new DatabaseMigrator(logger).MigrateAsync(context, app.Lifetime.ApplicationStopping);
    }
}
