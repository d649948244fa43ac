using Forecast.Contracts;

namespace Forecast.Hosting;

/// <summary>Drives a scenario run from a client to its result, surviving the loss of a silo on the way.</summary>
public static class ScenarioRunDriver
{
    private static readonly TimeSpan SiloLossBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Starts <paramref name="scenario"/> (or finds the run already made of the same content) and waits for its
    /// result, reporting progress. A run is named by its content hash and its numbers are a pure function of its
    /// inputs, so when the silo holding the run, or one it called, dies in the middle, starting the same scenario
    /// again is safe and gives the same result: this does so when the run reports Failed or its activation was lost
    /// (it reads NotStarted again), at most <paramref name="maxRestarts"/> times, and on the errors a dying silo
    /// causes until the cluster has noticed, within <paramref name="timeout"/> (default 10 minutes).
    /// </summary>
    /// <exception cref="ScenarioRejectedException">The scenario is invalid; nothing ran.</exception>
    /// <exception cref="ScenarioRunFailedException">The run failed after every restart.</exception>
    /// <exception cref="TimeoutException">No result within the timeout.</exception>
    public static async Task<RunResult> RunToCompletionAsync(
        IGrainFactory grains,
        Scenario scenario,
        IProgress<RunProgress>? progress = null,
        TimeSpan? timeout = null,
        int maxRestarts = 3,
        TimeSpan? pollInterval = null,
        CancellationToken cancellationToken = default)
    {
        var runId = ScenarioRuns.RunIdOf(scenario);
        var run = grains.GetGrain<IScenarioRunGrain>(runId);
        var limit = timeout ?? TimeSpan.FromMinutes(10);
        var deadline = DateTimeOffset.UtcNow + limit;
        var poll = pollInterval ?? TimeSpan.FromMilliseconds(100);
        var start = true;
        var restarts = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"run {runId} has no result after {limit}");
            try
            {
                var current = start ? await run.Start(scenario) : await run.GetProgress();
                start = false;
                progress?.Report(current);
                switch (current.State)
                {
                    case RunState.Completed when await RunResults.ReadAsync(grains, runId, cancellationToken) is { } result:
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

            await Task.Delay(poll, cancellationToken);
        }
    }

    private static bool IsSiloLoss(Exception e) =>
        e is TimeoutException or OrleansException && e is not ScenarioRejectedException;
}
