using System.Globalization;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>
/// The files a RabbitMQ node reads at boot, written anew at every start so the ports chosen now apply.
/// The default user is created from them on the node's first boot only.
/// </summary>
public sealed record RabbitMqFiles(
    string Home,
    string Mnesia,
    string Logs,
    string Config,
    string EnabledPlugins,
    string EnvironmentFile)
{
    public static RabbitMqFiles Write(string folder, RabbitMqPorts ports, string user, string password)
    {
        var files = new RabbitMqFiles(
            Path.Combine(folder, "home"),
            Path.Combine(folder, "mnesia"),
            Path.Combine(folder, "log"),
            Path.Combine(folder, "rabbitmq.conf"),
            Path.Combine(folder, "enabled_plugins"),
            Path.Combine(folder, "rabbitmq-env.conf"));

        Directory.CreateDirectory(files.Home);
        Directory.CreateDirectory(files.Mnesia);
        Directory.CreateDirectory(files.Logs);
        File.WriteAllText(files.EnabledPlugins, "[rabbitmq_management].\n");
        File.WriteAllText(files.EnvironmentFile, string.Empty);
        File.WriteAllLines(files.Config,
        [
            $"listeners.tcp.default = 127.0.0.1:{ports.Amqp.ToString(CultureInfo.InvariantCulture)}",
            "management.tcp.ip = 127.0.0.1",
            $"management.tcp.port = {ports.Management.ToString(CultureInfo.InvariantCulture)}",
            $"default_user = {user}",
            $"default_pass = {password}",
            "log.console = true",
            "log.console.level = warning",
            "log.file = false",
        ]);

        return files;
    }
}
