using Forecast.Contracts;
using Forecast.Hosting;
using Forecast.Reports;

namespace Forecast.Cli;

/// <summary>
/// Runs a scenario on a cluster (embedded or remote) the way any client does: start the run grain, poll its
/// progress, fetch the result and the jurisdiction nodes the reports draw.
/// </summary>
internal static class ScenarioRunner
{
    /// <exception cref="ScenarioRejectedException">The silo's own checks refused the scenario; nothing ran.</exception>
    /// <exception cref="Forecast.Hosting.ScenarioRunFailedException">The run failed as a whole.</exception>
    public static async Task<RunReport> RunAsync(IClusterClient client, Scenario scenario, Action<RunProgress> progress, CancellationToken cancellationToken)
    {
        // The driver starts the same content again if a silo of a cluster dies under the run (same numbers: the run
        // is a pure function of its content); on the embedded silo it is a plain start-and-poll.
        var result = await ScenarioRunDriver.RunToCompletionAsync(client, scenario, new Progress(progress), cancellationToken: cancellationToken);
        var views = new List<JurisdictionView>();
        foreach (var rollup in result.Rollups)
            views.Add(await client.GetGrain<IJurisdictionGrain>(rollup.Jurisdiction).GetView());
        return new RunReport(result, views);
    }
}

/// <summary>Reports on the polling thread, in order.</summary>
file sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => report(value);
}
