namespace Forecast.Model.Simulation;

/// <summary>How a run is simulated. The results depend on the seed and the path count, never on the rest.</summary>
public sealed record SimulationOptions
{
    public const int DefaultPaths = 10_000;

    /// <summary>Paths per pair; bounded so a request cannot ask for unbounded memory.</summary>
    public const int MaxPaths = 1_000_000;

    public ulong Seed { get; init; }

    public int Paths { get; init; } = DefaultPaths;

    /// <summary>Compute P5–P95 per year and the median gap: only where a report or a dashboard shows them.</summary>
    public bool Quantiles { get; init; }

    public LaneWidth Width { get; init; } = LaneWidth.Auto;

    /// <summary>
    /// Threads; null for one per core (not Parallel.For's unbounded default, which on two cores let the pool add
    /// workers that only contended for them: the 500-pair batch's median fell from ~16.7 to ~15.1 ms). The results
    /// do not depend on it.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
