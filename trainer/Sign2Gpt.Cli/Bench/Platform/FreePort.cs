using System.Net;
using System.Net.Sockets;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>Loopback ports nobody listens on, so the bench never collides with a running <c>./sign2gpt up</c>.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
