using Forecast.Contracts;

namespace Forecast.Server.Api;

/// <summary>
/// Turns <see cref="ForecastApiOptions.StartupScenario"/> into a <see cref="Scenario"/>. A relative path is read from
/// the checkout holding the catalog (the folder above <c>data/</c>), so the server finds <c>scenarios/</c> wherever it
/// is started from.
/// </summary>
public sealed class StartupScenarioSource(string dataDirectory)
{
    /// <summary>The baseline a planner gets without a file: the model's default paths, as of 2024, every jurisdiction.</summary>
    internal static Scenario Defaults(string id) =>
        new(id, id, Seed: 2025, Paths: 10_000, AsOfYear: 2024, Horizon: null, Scope: [], new ScenarioThresholds(), Factors: [], Shocks: [], Overrides: []);

    /// <exception cref="InvalidDataException">The file cannot be read as a scenario.</exception>
    public Scenario Load(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(dataDirectory, "..", path));
        // The scenario file reader (Forecast.Scenarios) is not on this branch yet: the file names the scenario and the
        // documented defaults fill it.
        return Defaults(Path.GetFileNameWithoutExtension(full));
    }
}
