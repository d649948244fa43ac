namespace Forecast.Server.Api;

/// <summary>The whole jurisdiction tree for one scenario, and whether the server's startup run of it is still going.</summary>
/// <param name="Run">The startup run's progress when <see cref="Scenario"/> is the startup scenario; else null.</param>
public sealed record TreeView(string Scenario, RunStatus? Run, TreeNode Root);
