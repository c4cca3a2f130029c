using System.Net;
using System.Net.Sockets;

namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>Asks the kernel for a port nobody listens on, so parallel runs on one machine do not collide.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
