using System.Net;
using System.Net.Sockets;

namespace Scp.Mcp.EndToEnd.Tests.Harness;

/// <summary>Free loopback TCP ports (bind port 0, read the port, release it).</summary>
public static class FreePort
{
    /// <summary>A loopback port that was free a moment ago.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
