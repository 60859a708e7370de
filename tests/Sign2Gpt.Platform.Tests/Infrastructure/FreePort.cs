using System.Net;
using System.Net.Sockets;

namespace Sign2Gpt.Platform.Tests.Infrastructure;

public static class FreePort
{
    /// <summary>A loopback port nobody listens on right now, as the kernel hands them out.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
