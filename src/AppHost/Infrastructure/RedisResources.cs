using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>Redis 7 as a local process, append-only file in its data folder, bound to loopback.</summary>
public static class RedisResources
{
    public static LocalServer AddLocalRedis(this IDistributedApplicationBuilder builder, LocalLayout layout)
    {
        var portNumber = FreePorts.Take();
        var port = portNumber.ToString(CultureInfo.InvariantCulture);
        var folder = layout.Folder("redis");

        const string check = "redis-ready";
        builder.Services.AddHealthChecks().AddRedis($"127.0.0.1:{port},abortConnect=false,connectTimeout=2000", check);

        var server = builder.AddExecutable(
                "redis-server", "redis-server", folder,
                "--port", port, "--bind", "127.0.0.1", "--dir", folder, "--appendonly", "yes", "--save", "")
            .WithEndpoint(name: "tcp", port: portNumber, targetPort: portNumber, scheme: "tcp", isProxied: false)
            .WithHealthCheck(check);
        var connection = builder.AddConnectionString("redis", ReferenceExpression.Create($"127.0.0.1:{port}"));

        return new LocalServer(server, connection);
    }
}
