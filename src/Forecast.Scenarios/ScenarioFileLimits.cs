namespace Forecast.Scenarios;

/// <summary>Bounds of a scenario file as a file; the bounds of its values are Contracts.ScenarioLimits, shared with the run grain.</summary>
public static class ScenarioFileLimits
{
    /// <summary>A scenario file larger than this is not one someone wrote by hand.</summary>
    public const int MaxFileBytes = 1 << 20;
}
