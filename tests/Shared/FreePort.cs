using System.Net;
using System.Net.Sockets;

namespace Forecast.Testing;

/// <summary>Free loopback ports for the silos and servers the tests and benchmarks start (linked into each as source).</summary>
internal static class FreePort
{
    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
