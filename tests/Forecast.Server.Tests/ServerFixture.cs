using System.Net;
using System.Net.Sockets;
using Forecast.Catalog.Tests;
using Microsoft.AspNetCore.Builder;

namespace Forecast.Server.Tests;

/// <summary>The real server with its embedded silo, on loopback ports chosen free for this run.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = ForecastServer.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Forecast:DataDirectory={ShippedCatalog.Directory}",
            $"--Forecast:Cluster:SiloPort={FreePort()}",
            $"--Forecast:Cluster:GatewayPort={FreePort()}",
        ]);
        await _app.StartAsync();
        var address = _app.Urls.Single();
        Http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
