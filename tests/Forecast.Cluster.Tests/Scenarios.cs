using System.Text.Json;
using Forecast.Contracts;
using Forecast.Hosting;

namespace Forecast.Cluster.Tests;

internal static class Scenarios
{
    /// <summary>
    /// The content of scenarios/baseline.yaml (seed 20250101, 10,000 paths, as of 2025, goals to 2025, the whole
    /// catalog, default thresholds, the priors' factors), built here so these tests do not depend on the YAML reader.
    /// </summary>
    public static Scenario Baseline(string id = "baseline") =>
        new(id, "基准情景 Baseline — the plan's own pace, priors as documented", 20250101, 10_000, 2025, 2025, [], new ScenarioThresholds(0.5, 0.8), [], [], []);

    /// <summary>
    /// A run's result as JSON without the two wall-clock stamps, which are the only fields allowed to differ
    /// between two runs of the same content.
    /// </summary>
    public static string Comparable(RunResult result) =>
        JsonSerializer.Serialize(result with { StartedAt = default, CompletedAt = default }, ForecastGrainStateSerializer.JsonOptions);
}
