namespace Forecast.Contracts;

/// <summary>How far a run has come: pairs done of the total, over all and per jurisdiction.</summary>
/// <param name="Error">Why the run failed as a whole (a pair's own failure is in the result, not here).</param>
[GenerateSerializer, Immutable, Alias("forecast.RunProgress")]
public sealed record RunProgress(
    [property: Id(0)] string RunId,
    [property: Id(1)] RunState State,
    [property: Id(2)] int PairsDone,
    [property: Id(3)] int PairsTotal,
    [property: Id(4)] IReadOnlyList<JurisdictionProgress> Jurisdictions,
    [property: Id(5)] string? Error)
{
    /// <summary>What a running run is doing: "snapshot n/N jurisdictions" while it reads the observations, "forecast" once it computes; null otherwise.</summary>
    [Id(6)]
    public string? Phase { get; init; }
}
