using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Forecast.Catalog.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Forecast.Browser.Tests;

/// <summary>
/// The real server on loopback, once its startup run of the baseline has completed, and Debian's Chromium driven
/// headless by Playwright (never a downloaded browser).
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string Address { get; private set; } = "";

    public HttpClient Http { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = Server.ForecastServer.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Forecast:DataDirectory={ShippedCatalog.Directory}",
            $"--Forecast:Cluster:SiloPort={FreePort()}",
            $"--Forecast:Cluster:GatewayPort={FreePort()}",
        ]);
        await _app.StartAsync();
        Address = _app.Urls.Single();
        Http = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(30) };
        await WaitForStartupRun();

        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: .ci/setup installs Debian's chromium package.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Timeout = 30_000,
            // Without these Chromium keeps calling home, and this machine's closed network refuses every attempt.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    private async Task WaitForStartupRun()
    {
        using var timeout = new CancellationTokenSource(RunTimeout);
        while (true)
        {
            var tree = await Http.GetFromJsonAsync<JsonElement>("/api/tree", timeout.Token);
            var run = tree.GetProperty("run");
            var state = run.ValueKind == JsonValueKind.Object ? run.GetProperty("state").GetString() : null;
            if (state == "completed")
                return;
            if (state == "failed")
                throw new InvalidOperationException($"the startup run failed: {run.GetProperty("error").GetString()}");
            await Task.Delay(250, timeout.Token);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        Http?.Dispose();
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
