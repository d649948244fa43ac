namespace Forecast.Contracts;

/// <summary>Where a scenario run is.</summary>
public enum RunState
{
    NotStarted,
    Running,
    Completed,
    Failed,
}
