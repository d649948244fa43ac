namespace Forecast.Server.Api;

/// <summary>A run's state as the page shows it: "running…" with pairs done, or why it failed.</summary>
/// <param name="Phase">While running: "snapshot n/N jurisdictions" as it reads the observations, then "forecast".</param>
public sealed record RunStatus(string RunId, string State, int PairsDone, int PairsTotal, string? Error, string? Phase = null);
