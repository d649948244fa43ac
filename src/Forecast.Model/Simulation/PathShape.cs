namespace Forecast.Model.Simulation;

/// <summary>What a path carries from year to year.</summary>
public enum PathShape
{
    /// <summary>A level that moves by a random increment each year (a random walk with drift in the fit's space).</summary>
    Level,

    /// <summary>A total of yearly flows, each log-normal: 累计 targets and counts over the plan period.</summary>
    FlowTotal,

    /// <summary>A yearly flow that every simulated year must reach (每年不少于…): the path keeps its worst year.</summary>
    FlowEachYear,
}
