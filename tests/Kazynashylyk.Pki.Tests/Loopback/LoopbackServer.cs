using System.Net;
using System.Net.Sockets;

namespace Kazynashylyk.Pki.Tests.Loopback;

/// <summary>A plain HTTP server on 127.0.0.1 standing in for the NCA's OCSP, CRL and TSP hosts.</summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<string, byte[], Task<(int Status, byte[] Body)>> handle;
    private readonly CancellationTokenSource stopping = new();

    public LoopbackServer(Func<string, byte[], Task<(int Status, byte[] Body)>> handle)
    {
        this.handle = handle;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUrl.ToString());
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>Requests seen, by path.</summary>
    public List<string> Requests { get; } = [];

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e)
                when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var path = context.Request.Url!.AbsolutePath;
            lock (Requests)
            {
                Requests.Add(path);
            }

            var (status, response) = await handle(path, body.ToArray());
            context.Response.StatusCode = status;
            await context.Response.OutputStream.WriteAsync(response);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a timeout scenario); nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();

        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
