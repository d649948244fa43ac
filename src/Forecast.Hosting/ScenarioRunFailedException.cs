namespace Forecast.Hosting;

/// <summary>A scenario run ended Failed again after every restart a client may make; the message is the run's error.</summary>
public sealed class ScenarioRunFailedException(string runId, string? error)
    : Exception($"run {runId} failed: {error ?? "no error given"}")
{
    public string RunId { get; } = runId;
}
