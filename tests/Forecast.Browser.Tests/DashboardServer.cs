using Forecast.Server.Tests;
using Microsoft.Playwright;

namespace Forecast.Browser.Tests;

/// <summary>
/// The real server on loopback (the server tests' fixture), once its startup run of the baseline has completed, and
/// Debian's Chromium driven headless by Playwright (never a downloaded browser).
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly ServerFixture _server = new();
    private IPlaywright? _playwright;

    public string Address => _server.Address;

    public HttpClient Http => _server.Http;

    /// <summary>A client that sends the writer's bearer token.</summary>
    public HttpClient Writer => _server.Writer;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await _server.StartupRunCompleted();

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

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
