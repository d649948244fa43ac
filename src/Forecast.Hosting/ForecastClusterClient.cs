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

    private static readonly TimeSpan SiloLossBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>How often <see cref="RunToCompletionAsync"/> asks for progress.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Starts <paramref name="scenario"/> (or finds the run already made of the same content) and waits for its
    /// result, reporting progress. A run is named by its content hash and its numbers are a pure function of its
    /// inputs, so when the silo holding the run, or one it called, dies in the middle, starting the same scenario
    /// again is safe and gives the same result: this method does so when the run reports Failed, when its
    /// activation was lost (it reads NotStarted again), at most <paramref name="maxRestarts"/> times, and on the
    /// errors a dying silo causes until the cluster has noticed, within <paramref name="timeout"/>.
    /// </summary>
    /// <exception cref="ScenarioRejectedException">The scenario is invalid; nothing ran.</exception>
    /// <exception cref="ScenarioRunFailedException">The run failed after every restart.</exception>
    /// <exception cref="TimeoutException">No result within <paramref name="timeout"/> (default 10 minutes).</exception>
    public async Task<RunResult> RunToCompletionAsync(
        Scenario scenario,
        IProgress<RunProgress>? progress = null,
        TimeSpan? timeout = null,
        int maxRestarts = 3,
        CancellationToken cancellationToken = default)
    {
        var runId = ScenarioRuns.RunIdOf(scenario);
        var run = Client.GetGrain<IScenarioRunGrain>(runId);
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromMinutes(10));
        var start = true;
        var restarts = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"run {runId} has no result after {timeout ?? TimeSpan.FromMinutes(10)}");
            try
            {
                var current = start ? await run.Start(scenario) : await run.GetProgress();
                start = false;
                progress?.Report(current);
                switch (current.State)
                {
                    case RunState.Completed when await run.GetResult() is { } result:
                        return result;
                    case RunState.Failed:
                    case RunState.NotStarted:
                        if (++restarts > maxRestarts)
                            throw new ScenarioRunFailedException(runId, current.Error ?? $"run ended {current.State}");
                        start = true;
                        break;
                }
            }
            catch (Exception e) when (IsSiloLoss(e) && DateTimeOffset.UtcNow < deadline)
            {
                // The cluster declares a dead silo dead within its probe timeouts; until then calls routed to it
                // fail. Ask again a little later, starting the run again if it is gone (a Start on a live run only
                // returns its progress).
                start = true;
                await Task.Delay(SiloLossBackoff, cancellationToken);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static bool IsSiloLoss(Exception e) =>
        e is TimeoutException or OrleansException && e is not ScenarioRejectedException;

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
