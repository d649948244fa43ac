using System.Net;
using System.Net.Sockets;
using Forecast.Catalog;
using Forecast.Grains;
using Forecast.Grains.Telemetry;
using Forecast.Hosting;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Forecast.Cli;

/// <summary>
/// The default for <c>forecast run</c>: an Orleans silo inside this process, clustered with itself on loopback,
/// state in memory, so a planner needs no server. It lives for one command.
/// </summary>
internal sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <param name="consoleTelemetry">Export the Forecast and Orleans meters to the console (OpenTelemetry) when the silo stops.</param>
    public static async Task<EmbeddedSilo> StartAsync(ForecastCatalog catalog, ForecastPriors priors, bool consoleTelemetry, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // Orleans' own log lines would bury the progress bar; failures still reach the command as exceptions.
        builder.Logging.ClearProviders();
        if (consoleTelemetry)
        {
            builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(ForecastMetrics.MeterName, "Microsoft.Orleans")
                .AddConsoleExporter());
        }

        builder.UseOrleans(silo => silo
            // Free ports, so two planners' runs (or parallel tests) on one machine never collide.
            .UseForecastCluster(EmbeddedOptions())
            // No seeding pass at start: the silo lives for one command with memory storage, and a pair seeds itself
            // on activation, so the run activates only the pairs in its scope.
            .AddForecastGrains(catalog, priors, seedOnStart: false));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _host.StopAsync(timeout.Token);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static ForecastClusterOptions EmbeddedOptions()
    {
        var silo = FreePort();
        var gateway = FreePort();
        while (gateway == silo)
            gateway = FreePort();
        return new ForecastClusterOptions { Mode = ClusterMode.Embedded, SiloPort = silo, GatewayPort = gateway };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
