using System.Net.Http.Json;
using System.Text.Json;
using Forecast.Catalog.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Forecast.Server.Tests;

/// <summary>The real server with its embedded silo, on loopback ports chosen free for this run.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _dataDirectory;
    private readonly string[] _extraArguments;
    private WebApplication? _app;

    /// <summary>The server on the shipped catalog, with the baseline as its startup run.</summary>
    public ServerFixture()
        : this(ShippedCatalog.Directory)
    {
    }

    /// <summary>The server on another catalog folder, with further settings ("--Forecast:Api:StartupScenario=").</summary>
    internal ServerFixture(string dataDirectory, params string[] extraArguments)
    {
        _dataDirectory = dataDirectory;
        _extraArguments = extraArguments;
    }

    /// <summary>The most rows this server takes in one bulk of observations.</summary>
    public const int MaxBulkRows = 100;

    /// <summary>The writer token this server is configured with.</summary>
    public const string WriterToken = "test-writer-token-7f3a-0123456789abcdef";

    /// <summary>The operator token this server is configured with (the Orleans dashboard's).</summary>
    public const string OperatorToken = "test-operator-token-5c1e-0123456789abcdef";

    /// <summary>The server's base address ("http://127.0.0.1:PORT").</summary>
    public string Address { get; private set; } = "";

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The embedded silo's grains, for what HTTP does not show (which grains are active).</summary>
    public IGrainFactory Grains => _app!.Services.GetRequiredService<IGrainFactory>();

    /// <summary>A client that sends the writer's bearer token.</summary>
    public HttpClient Writer { get; private set; } = null!;

    /// <summary>A client that neither follows redirects nor keeps cookies, so a test sees each answer as it is.</summary>
    public HttpClient Bare()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        return new HttpClient(handler) { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task InitializeAsync()
    {
        _app = ForecastServer.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Forecast:DataDirectory={_dataDirectory}",
            $"--Forecast:Cluster:SiloPort={FreePort.Next()}",
            $"--Forecast:Cluster:GatewayPort={FreePort.Next()}",
            $"--Forecast:Api:WriterToken={WriterToken}",
            $"--Forecast:Api:OperatorToken={OperatorToken}",
            "--Forecast:Api:MaxBodyBytes=4096",
            "--Forecast:Api:MaxBulkBytes=65536",
            $"--Forecast:Api:MaxBulkRows={MaxBulkRows}",
            .. _extraArguments,
        ]);
        await _app.StartAsync();
        Address = _app.Urls.Single();
        Http = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(30) };
        Writer = new HttpClient { BaseAddress = new Uri(Address), Timeout = TimeSpan.FromSeconds(30) };
        Writer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", WriterToken);
    }

    /// <summary>Waits (at most 90 s) until the server's startup run of the baseline has completed, so forecasts and rollups exist.</summary>
    public async Task StartupRunCompleted()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
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
        Http.Dispose();
        Writer.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
