using Forecast.Contracts;
using Forecast.Grains.Runs;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Api;

/// <summary>Once the silo is up, starts the configured startup scenario (<see cref="ForecastApiOptions.StartupScenario"/>).</summary>
public sealed partial class StartupRunService(
    IHostApplicationLifetime lifetime,
    IOptions<ForecastApiOptions> options,
    StartupScenarioSource source,
    IGrainFactory grains,
    StartupRun startup,
    ILogger<StartupRunService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.StartupScenario))
            return;
        if (!await Started(lifetime, stoppingToken))
            return;

        Scenario scenario;
        try
        {
            scenario = source.Load(options.Value.StartupScenario);
        }
        catch (InvalidDataException e)
        {
            startup.Failed(null, e.Message);
            LogUnreadable(logger, options.Value.StartupScenario, e.Message);
            return;
        }

        var runId = ScenarioRuns.RunIdOf(scenario);
        try
        {
            var progress = await grains.GetGrain<IScenarioRunGrain>(runId).Start(scenario);
            startup.Started(scenario, runId);
            LogStarted(logger, scenario.Id, runId, progress.PairsTotal);
            await Keep(runId, scenario.Id);
        }
        catch (ScenarioRejectedException e)
        {
            startup.Failed(scenario, $"{e.Field}: {e.Message}");
            LogRejected(logger, scenario.Id, e.Field, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The API still serves the catalog and other scenarios; the page shows why this one has no data.
            startup.Failed(scenario, e.Message);
            LogFailed(logger, e, scenario.Id);
        }
    }

    /// <summary>The page shows this run by default: it is kept whatever else runs (Forecast:Runs:MaxFinishedRuns).</summary>
    private async Task Keep(string runId, string scenarioId)
    {
        try
        {
            await grains.GetGrain<IRunIndexGrain>(RunIndex.Key).Keep(runId, scenarioId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The run goes on and is shown; it is only forgotten like any other once enough runs finish after it.
            LogNotKept(logger, e, runId);
        }
    }

    private static async Task<bool> Started(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Startup scenario {Scenario} started as run {RunId} over {Pairs} pairs")]
    private static partial void LogStarted(ILogger logger, string scenario, string runId, int pairs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Startup run {RunId} could not be marked as kept")]
    private static partial void LogNotKept(ILogger logger, Exception exception, string runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Startup scenario {File} cannot be read: {Error}")]
    private static partial void LogUnreadable(ILogger logger, string file, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Startup scenario {Scenario} could not be started")]
    private static partial void LogFailed(ILogger logger, Exception exception, string scenario);

    [LoggerMessage(Level = LogLevel.Error, Message = "Startup scenario {Scenario} was rejected at {Field}: {Error}")]
    private static partial void LogRejected(ILogger logger, string scenario, string field, string error);
}
