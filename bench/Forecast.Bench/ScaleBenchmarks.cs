using BenchmarkDotNet.Attributes;
using Forecast.Model.Simulation;

namespace Forecast.Bench;

/// <summary>500 synthetic pairs × 10,000 paths × 3 steps on every core: hits only, and with year-end quantiles.</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private readonly PathModel[] _pairs = SyntheticCatalog.Pairs(500);

    [Benchmark(Baseline = true)]
    public int HitsOnly() => MonteCarlo.Run(_pairs, SyntheticCatalog.Factors, new SimulationOptions { Seed = 1 }).Length;

    [Benchmark]
    public int WithQuantiles() => MonteCarlo.Run(_pairs, SyntheticCatalog.Factors, new SimulationOptions { Seed = 1, Quantiles = true }).Length;
}
