namespace Forecast.Server.Api;

/// <summary>A run's state as the page shows it: "running…" with pairs done, or why it failed.</summary>
public sealed record RunStatus(string RunId, string State, int PairsDone, int PairsTotal, string? Error);
