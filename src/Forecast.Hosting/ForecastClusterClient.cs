using Forecast.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forecast.Hosting;

/// <summary>
/// A connected Orleans client for a running cluster, for the CLI (<c>--cluster</c>) and the multi-process tests:
/// it owns the client's host and stops it when disposed.
/// </summary>
public sealed class ForecastClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ForecastClusterClient(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    public IGrainFactory Grains => Client;

    /// <summary>Connects to the PostgreSQL-backed cluster <paramref name="clusterId"/> (default "forecast").</summary>
    public static Task<ForecastClusterClient> ConnectAsync(string connectionString, string clusterId = "forecast", string serviceId = "forecast", CancellationToken cancellationToken = default) =>
        ConnectAsync(new ForecastClusterOptions
        {
            Mode = ClusterMode.Postgres,
            ConnectionString = connectionString,
            ClusterId = clusterId,
            ServiceId = serviceId,
        }, cancellationToken: cancellationToken);

    /// <summary>
    /// Connects, retrying while no gateway answers (silos still starting) until <paramref name="timeout"/> (default
    /// 30 s) has passed.
    /// </summary>
    /// <exception cref="ForecastConfigurationException">The options are invalid.</exception>
    public static async Task<ForecastClusterClient> ConnectAsync(ForecastClusterOptions options, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ForecastSiloBuilderExtensions.ThrowIfInvalid(options);
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.UseForecastCluster(options);
            client.UseConnectionRetryFilter(async (exception, token) =>
            {
                if (DateTimeOffset.UtcNow >= deadline)
                    return false;
                await Task.Delay(TimeSpan.FromMilliseconds(500), token);
                return true;
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new ForecastClusterClient(host);
    }

    /// <summary>How often <see cref="RunToCompletionAsync"/> asks for progress.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <inheritdoc cref="ScenarioRunDriver.RunToCompletionAsync"/>
    public Task<RunResult> RunToCompletionAsync(
        Scenario scenario,
        IProgress<RunProgress>? progress = null,
        TimeSpan? timeout = null,
        int maxRestarts = 3,
        CancellationToken cancellationToken = default) =>
        ScenarioRunDriver.RunToCompletionAsync(Client, scenario, progress, timeout, maxRestarts, PollInterval, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
