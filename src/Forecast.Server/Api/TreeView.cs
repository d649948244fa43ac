namespace Forecast.Server.Api;

/// <summary>The whole jurisdiction tree for one scenario, and whether the server's startup run of it is still going.</summary>
/// <param name="Run">The startup run's progress when <see cref="Scenario"/> is the startup scenario; else null.</param>
public sealed record TreeView(string Scenario, RunStatus? Run, TreeNode Root)
{
    /// <summary>
    /// False when the scenario has no run, kept or under way, and is not the server's startup scenario: no light will
    /// come unless someone starts a run of it. The page says so rather than "running…" for ever.
    /// </summary>
    public bool Exists { get; init; } = true;

    /// <summary>Where <see cref="Exists"/> is false, the scenarios that do have runs, by id; else null.</summary>
    public IReadOnlyList<string>? Available { get; init; }
}
