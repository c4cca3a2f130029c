using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>
/// RabbitMQ 3.10 with the management plugin as a local process, with a private Erlang port mapper (epmd) so that
/// stopping the AppHost leaves no Erlang process behind. All ports are chosen free at start-up.
/// </summary>
public static class RabbitMqResources
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static LocalServer AddLocalRabbitMq(this IDistributedApplicationBuilder builder, LocalLayout layout)
    {
        var user = builder.AddParameter("rabbitmq-user");
        var password = builder.AddParameter("rabbitmq-password", secret: true);
        var ports = new RabbitMqPorts(FreePorts.Take(), FreePorts.Take(), FreePorts.Take(), FreePorts.Take());
        var folder = layout.Folder("rabbitmq");
        var files = RabbitMqFiles.Write(folder, ports, Required(builder, "rabbitmq-user"),
            Required(builder, "rabbitmq-password"));

        var epmd = builder.AddExecutable("rabbitmq-epmd", "epmd", folder, "-port", Text(ports.Epmd))
            .WithEnvironment("ERL_EPMD_PORT", Text(ports.Epmd))
            .WithEndpoint(name: "tcp", port: ports.Epmd, targetPort: ports.Epmd, scheme: "tcp", isProxied: false)
            .WithHealthCheck(AddTcpCheck(builder, "rabbitmq-epmd-ready", ports.Epmd));

        var uri = $"amqp://127.0.0.1:{Text(ports.Amqp)}";
        const string check = "rabbitmq-ready";
        builder.Services.AddHealthChecks().Add(new(check,
            _ => new RabbitMqHealthCheck(new Uri(uri), Required(builder, "rabbitmq-user"),
                Required(builder, "rabbitmq-password")), failureStatus: null, tags: null));

        var server = builder.AddExecutable("rabbitmq-server", ServerScript, folder)
            .WithEnvironment("HOME", files.Home)
            .WithEnvironment("RABBITMQ_NODENAME", "kazynashylyk@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", Text(ports.Amqp))
            .WithEnvironment("RABBITMQ_DIST_PORT", Text(ports.Distribution))
            .WithEnvironment("ERL_EPMD_PORT", Text(ports.Epmd))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", files.Mnesia)
            .WithEnvironment("RABBITMQ_LOG_BASE", files.Logs)
            .WithEnvironment("RABBITMQ_CONFIG_FILE", files.Config)
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", files.EnabledPlugins)
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", files.EnvironmentFile)
            .WithEndpoint(name: "amqp", port: ports.Amqp, targetPort: ports.Amqp, scheme: "tcp", isProxied: false)
            .WithEndpoint(name: "management", port: ports.Management, targetPort: ports.Management, scheme: "http",
                isProxied: false)
            .WithHealthCheck(check)
            .WaitFor(epmd);

        var connection = builder.AddConnectionString(
            "rabbitmq",
            ReferenceExpression.Create($"amqp://{user}:{password}@127.0.0.1:{Text(ports.Amqp)}/"));

        return new LocalServer(server, connection);
    }

    private static string AddTcpCheck(IDistributedApplicationBuilder builder, string name, int port)
    {
        builder.Services.AddHealthChecks().Add(new(name, _ => new TcpPortHealthCheck(port), null, null));

        return name;
    }

    private static string Required(IDistributedApplicationBuilder builder, string parameter) =>
        builder.Configuration[$"Parameters:{parameter}"]
        ?? throw new InvalidOperationException($"The AppHost parameter '{parameter}' has no value.");

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
