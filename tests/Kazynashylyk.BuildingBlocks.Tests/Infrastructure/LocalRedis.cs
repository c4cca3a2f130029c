using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>A private Redis server on its own port, without persistence, in a folder of its own.</summary>
public sealed class LocalRedis : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly Process _server;

    private LocalRedis(Process server, int port)
    {
        _server = server;
        ConnectionString = $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The address as the services receive it in <c>ConnectionStrings:redis</c>.</summary>
    public string ConnectionString { get; }

    public static async Task<LocalRedis> StartAsync(string root)
    {
        Directory.CreateDirectory(root);
        var port = FreePort.Next();
        var info = ProcessRunner.Describe(
            "redis-server",
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", root,
                "--save", string.Empty, "--appendonly", "no"],
            null);
        var server = Process.Start(info)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        var redis = new LocalRedis(server, port);
        await redis.WaitUntilReadyAsync();

        return redis;
    }

    public async ValueTask DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _server.WaitForExitAsync(cancel.Token);
        _server.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync(
                    $"{ConnectionString},connectTimeout=1000");
                await connection.GetDatabase().PingAsync();

                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }
}
