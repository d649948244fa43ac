using Forecast.Contracts;

namespace Forecast.Server.Api;

/// <summary>
/// The scenario the server runs when it starts, so that a fresh server's page has forecasts to show. The page asks
/// about this scenario unless told otherwise.
/// </summary>
public sealed class StartupRun
{
    private volatile State _state = new(null, null, null);

    public string? ScenarioId => _state.Scenario?.Id;

    public string? RunId => _state.RunId;

    /// <summary>Why the startup scenario could not be read or started; null when it was.</summary>
    public string? Error => _state.Error;

    internal void Started(Scenario scenario, string runId) => _state = new State(scenario, runId, null);

    internal void Failed(Scenario? scenario, string error) => _state = new State(scenario, null, error);

    private sealed record State(Scenario? Scenario, string? RunId, string? Error);
}
