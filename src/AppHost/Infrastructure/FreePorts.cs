using System.Net;
using System.Net.Sockets;

namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>Finds ports that are free on the loopback interface now.</summary>
public static class FreePorts
{
    /// <summary>
    /// Asks the kernel for a free loopback port. The port is released again before the server binds it, so
    /// another process could take it in between; the server then fails its health check visibly.
    /// </summary>
    public static int Take()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return port;
    }
}
