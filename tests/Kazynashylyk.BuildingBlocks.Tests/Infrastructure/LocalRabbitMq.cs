using System.Diagnostics;
using System.Globalization;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// A private RabbitMQ node with its own ports, Erlang cookie, port mapper and data; it can be stopped and started
/// again on the same data, which is how the broker-outage test takes the bus away.
/// </summary>
public sealed class LocalRabbitMq : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/rabbitmq/bin";
    private readonly Dictionary<string, string> _environment;
    private readonly string _nodeName;
    private readonly string _pidFile;
    private readonly int _epmdPort;
    private Process? _server;

    private LocalRabbitMq(string root)
    {
        var home = Path.Combine(root, "home");
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(data);
        File.WriteAllText(
            Path.Combine(root, "rabbitmq.conf"), "disk_free_limit.absolute = 50MB\nlog.console = false\n");
        File.WriteAllText(Path.Combine(root, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(root, "rabbitmq-env.conf"), string.Empty);

        Port = FreePort.Next();
        _epmdPort = FreePort.Next();
        _nodeName = $"bbtest-{Environment.ProcessId}-{Port}@localhost";
        _pidFile = Path.Combine(root, "rabbitmq.pid");
        _environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = _epmdPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_NODENAME"] = _nodeName,
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(data, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(data, "log"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(root, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(root, "enabled_plugins"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(root, "rabbitmq-env.conf"),
            ["RABBITMQ_PID_FILE"] = _pidFile,
        };
    }

    public int Port { get; }

    public Uri AmqpAddress => new($"amqp://guest:guest@127.0.0.1:{Port}/");

    public static async Task<LocalRabbitMq> StartAsync(string root)
    {
        var broker = new LocalRabbitMq(root);
        var epmdPort = broker._epmdPort.ToString(CultureInfo.InvariantCulture);
        await ProcessRunner.RunAsync("epmd", ["-port", epmdPort, "-daemon"]);
        await broker.StartNodeAsync();

        return broker;
    }

    /// <summary>Boots the node on its existing data and waits until it accepts connections.</summary>
    public async Task StartNodeAsync()
    {
        var info = ProcessRunner.Describe(Path.Combine(BinDirectory, "rabbitmq-server"), [], _environment);
        _server = Process.Start(info)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await CtlAsync("wait", _pidFile, "--timeout", "90");
    }

    /// <summary>Stops the node gracefully; persistent messages in durable queues survive.</summary>
    public async Task StopNodeAsync()
    {
        if (_server is null)
        {
            return;
        }

        await CtlAsync("stop");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _server.WaitForExitAsync(cancel.Token);
        _server.Dispose();
        _server = null;
    }

    /// <summary>Kills the node without warning, as a crash or a power cut would; durable data stays on disk.</summary>
    public async Task KillNodeAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Kill(entireProcessTree: true);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _server.WaitForExitAsync(cancel.Token);
        _server.Dispose();
        _server = null;
    }

    public async Task<uint> MessageCountAsync(string queue)
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = AmqpAddress };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var result = await channel.QueueDeclarePassiveAsync(queue);

        return result.MessageCount;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopNodeAsync();
        }
        finally
        {
            _server?.Kill(entireProcessTree: true);
            await ProcessRunner.RunAsync(
                "epmd", ["-port", _epmdPort.ToString(CultureInfo.InvariantCulture), "-kill"],
                _environment);
        }
    }

    private Task<string> CtlAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(
            Path.Combine(BinDirectory, "rabbitmqctl"), ["-n", _nodeName, .. arguments], _environment,
            TimeSpan.FromSeconds(100));
}
