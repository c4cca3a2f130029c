using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>PostgreSQL 15 as a local process: a one-shot cluster initialisation, then the server.</summary>
public static class PostgresResources
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";

    public static PostgresServer AddLocalPostgres(this IDistributedApplicationBuilder builder, LocalLayout layout)
    {
        var password = builder.AddParameter("postgres-password", secret: true);
        var clusterDirectory = Path.Combine(layout.Folder("postgres"), "15");
        var port = FreePorts.Take();

        var init = builder.AddExecutable(
                "postgres-init", "bash", layout.RepositoryRoot, Path.Combine("eng", "postgres-init.sh"))
            .WithEnvironment("PGDATA", clusterDirectory)
            .WithEnvironment("POSTGRES_BIN", BinDirectory)
            .WithEnvironment("POSTGRES_PASSWORD", password);

        string[] serverArgs =
        [
            Path.Combine(BinDirectory, "postgres"), "-D", clusterDirectory,
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
        ];
        string[] asOwner = LocalLayout.RunsAsRoot
            ? ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]
            : [];
        var server = builder.AddExecutable(
            "postgres-server", "bash", layout.DataDirectory,
            [Path.Combine(layout.RepositoryRoot, "eng", "postgres-run.sh"), .. asOwner, .. serverArgs]);

        const string check = "postgres-ready";
        var healthConnection = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};"
            + $"Username=postgres;Password={builder.Configuration["Parameters:postgres-password"]};Timeout=3";
        builder.Services.AddHealthChecks().AddNpgSql(healthConnection, name: check);

        server
            .WithEndpoint(name: "tcp", port: port, targetPort: port, scheme: "tcp", env: "PGPORT", isProxied: false)
            .WithHealthCheck(check)
            .WaitForCompletion(init);

        return new PostgresServer(server, port, password);
    }
}
