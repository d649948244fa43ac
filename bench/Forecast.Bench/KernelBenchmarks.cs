using BenchmarkDotNet.Attributes;
using Forecast.Model.Random;
using Forecast.Model.Simulation;
using MathNet.Numerics.Distributions;

namespace Forecast.Bench;

/// <summary>
/// One pair, 10,000 paths × 3 yearly steps, on one core: the vectorised counter-based kernel against the naive loop
/// (System.Random seeded per pair, MathNet's Normal.Sample). Path-steps per second = 30,000 ÷ the mean time.
/// </summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    public const int Paths = 10_000;
    public const int Steps = 3;
    private readonly PathModel _model = new(CounterRandom.StreamOf("bench/level"), PathShape.Level, 2024, Math.Log(100), [0.05, 0.05, 0.05], 0.08, [], Math.Log(118), true, ValueTransform.Exp, 0, 118);
    private readonly PathModel _flows = new(CounterRandom.StreamOf("bench/flows"), PathShape.FlowTotal, 2024, 17_000, [Math.Log(16_000), Math.Log(16_000), Math.Log(16_000)], 0.2, [], 51_000, true, ValueTransform.Identity, 0, 51_000);
    private FactorPaths _factors = null!;
    private Workspace _workspace = null!;
    private SimulationOptions _options = null!;
    private SimulationOptions _withQuantiles = null!;

    [Params(LaneWidth.Auto, LaneWidth.Scalar)]
    public LaneWidth Width { get; set; }

    /// <summary>The width that runs for <see cref="Width"/> on this CPU.</summary>
    public LaneWidth Resolved => MonteCarlo.ResolveWidth(Width);

    [GlobalSetup]
    public void Setup()
    {
        _options = new SimulationOptions { Seed = 1, Paths = Paths, Width = Width };
        _withQuantiles = _options with { Quantiles = true };
        _factors = FactorPaths.Draw([], 1, 2024, 2026, Paths);
        _workspace = new Workspace(Paths);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Paths * Steps)]
    public int Naive()
    {
        var random = new System.Random(17);
        var hits = 0;
        for (var p = 0; p < Paths; p++)
        {
            var x = _model.Start;
            for (var s = 0; s < Steps; s++)
                x += Normal.Sample(random, _model.Shift[s], _model.Spread);
            if (x >= _model.Threshold)
                hits++;
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = Paths * Steps)]
    public double Level() => MonteCarlo.Simulate(_model, _factors, _options, _workspace).PMeet;

    [Benchmark(OperationsPerInvoke = Paths * Steps)]
    public double Flows() => MonteCarlo.Simulate(_flows, _factors, _options, _workspace).PMeet;

    [Benchmark(OperationsPerInvoke = Paths * Steps)]
    public double LevelWithQuantiles() => MonteCarlo.Simulate(_model, _factors, _withQuantiles, _workspace).Fan[^1].P50;
}
