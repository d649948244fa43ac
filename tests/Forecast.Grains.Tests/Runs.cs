using Forecast.Contracts;

namespace Forecast.Grains.Tests;

/// <summary>Scenarios for tests, and running one to its end with a bound on the wait.</summary>
internal static class Runs
{
    public static Scenario Scenario(ulong seed = 7, int paths = 2_000, string id = "test", IReadOnlyList<string>? scope = null) =>
        new(id, "test scenario", seed, paths, 2023, null, scope ?? [], new ScenarioThresholds(), [], [], []);

    public static async Task<RunResult> RunToEnd(IGrainFactory grains, Scenario scenario, TimeSpan? timeout = null)
    {
        var run = grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
        var progress = await run.Start(scenario);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (progress.State is RunState.Running or RunState.NotStarted)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"run {progress.RunId} still {progress.State} after {timeout}: {progress.PairsDone}/{progress.PairsTotal}");
            await Task.Delay(20);
            progress = await run.GetProgress();
        }

        Assert.True(progress.State == RunState.Completed, $"run ended {progress.State}: {progress.Error}");
        return await RunResults.ReadAsync(grains, run.GetPrimaryKeyString()) ?? throw new InvalidOperationException("a completed run has no result");
    }
}
