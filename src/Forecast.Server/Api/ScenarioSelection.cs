using System.Text.RegularExpressions;

namespace Forecast.Server.Api;

/// <summary>Which scenario a GET asks about: <c>?scenario=</c>, else the one the server runs at start.</summary>
public static partial class ScenarioSelection
{
    public const string Fallback = "baseline";

    /// <summary>The scenario id, or an error when it is not one a scenario file could have (it also keys the cache).</summary>
    public static (string? Id, IResult? Error) Resolve(string? requested, StartupRun startup)
    {
        if (string.IsNullOrEmpty(requested))
            return (startup.ScenarioId ?? Fallback, null);
        return ScenarioId().IsMatch(requested)
            ? (requested, null)
            : (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid scenario", detail: $"scenario: '{requested}' is not a scenario id (letters, digits, '-', '_', '.', at most 64)", extensions: new Dictionary<string, object?> { ["path"] = "scenario" }));
    }

    /// <summary>
    /// Whether the scenario has a run to read from: the server's own startup run, or one the run index keeps. A
    /// scenario without is answered from the catalog alone, so an unknown <c>?scenario=</c> activates no grain.
    /// </summary>
    public static async ValueTask<bool> HasRunsAsync(string scenarioId, StartupRun startup, KnownRuns known) =>
        (startup.ScenarioId == scenarioId && startup.RunId is not null) || await known.IsScenarioAsync(scenarioId);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ScenarioId();
}
