using Forecast.Contracts;
using Forecast.Reports;

namespace Forecast.Cli;

/// <summary>
/// Runs a scenario on a cluster (embedded or remote) the way any client does: start the run grain, poll its
/// progress, fetch the result and the jurisdiction nodes the reports draw.
/// </summary>
internal static class ScenarioRunner
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <exception cref="ScenarioRejectedException">The silo's own checks refused the scenario; nothing ran.</exception>
    /// <exception cref="ScenarioRunFailedException">The run failed as a whole.</exception>
    public static async Task<RunReport> RunAsync(IClusterClient client, Scenario scenario, Action<RunProgress> progress, CancellationToken cancellationToken)
    {
        var run = client.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
        var state = await run.Start(scenario);
        progress(state);
        while (state.State is RunState.Running or RunState.NotStarted)
        {
            await Task.Delay(Poll, cancellationToken);
            state = await run.GetProgress();
            progress(state);
        }

        if (state.State == RunState.Failed)
            throw new ScenarioRunFailedException(state.Error ?? "the run failed without saying why");
        var result = await run.GetResult() ?? throw new ScenarioRunFailedException("the run completed but returned no result");
        var views = new List<JurisdictionView>();
        foreach (var rollup in result.Rollups)
            views.Add(await client.GetGrain<IJurisdictionGrain>(rollup.Jurisdiction).GetView());
        return new RunReport(result, views);
    }
}

/// <summary>A scenario run that failed as a whole, with the run grain's reason.</summary>
internal sealed class ScenarioRunFailedException(string message) : Exception(message);
