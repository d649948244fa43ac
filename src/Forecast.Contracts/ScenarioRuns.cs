namespace Forecast.Contracts;

/// <summary>How a client names the run grain for a scenario, so that the same content finds the same run.</summary>
public static class ScenarioRuns
{
    /// <summary>The run id: the scenario's content hash. The run grain re-runs it when the catalog or the observations it read have changed since.</summary>
    public static string RunIdOf(Scenario scenario) => ScenarioHash.Of(scenario);
}
