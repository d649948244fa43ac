using BenchmarkDotNet.Attributes;
using Forecast.Model.Simulation;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Bench;

public class PartsBenchmarks
{
    private readonly double[] _out = new double[30_000];

    [Benchmark(OperationsPerInvoke = 30_000)]
    public void Uniforms()
    {
        for (var i = 0; i < 30_000; i += 8)
            Vector512Lanes.Store(Vector512Lanes.Uniforms(123, (ulong)i), ref _out[i]);
    }

    [Benchmark(OperationsPerInvoke = 30_000)]
    public void Normals()
    {
        for (var i = 0; i < 30_000; i += 8)
            Vector512Lanes.Store(LaneMath.NormalQuantile(Vector512Lanes.Uniforms(123, (ulong)i)), ref _out[i]);
    }

    private readonly NormalScratch _tails = new(30_000);

    [Benchmark(OperationsPerInvoke = 30_000)]
    public void Batch() => NormalDraws.Fill(LaneWidth.Auto, _out, 123, 0, _tails);

    [Benchmark(OperationsPerInvoke = 30_000)]
    public void Central()
    {
        for (var i = 0; i < 30_000; i += 8)
            Vector512Lanes.Store(LaneMath.CentralQuantile(Vector512Lanes.Uniforms(123, (ulong)i)), ref _out[i]);
    }

    [Benchmark(OperationsPerInvoke = 30_000)]
    public void Tails()
    {
        for (var i = 0; i < 30_000; i += 8)
            Vector512Lanes.Store(LaneMath.TailQuantile(Vector512Lanes.Uniforms(123, (ulong)i)), ref _out[i]);
    }

    [Benchmark(OperationsPerInvoke = 30_000)]
    public void Sqrts()
    {
        for (var i = 0; i < 30_000; i += 8)
            Vector512Lanes.Store(Vector512Lanes.Sqrt(Vector512Lanes.Uniforms(123, (ulong)i)), ref _out[i]);
    }

    [Benchmark(OperationsPerInvoke = 30_000)]
    public void Logs()
    {
        for (var i = 0; i < 30_000; i += 8)
            Vector512Lanes.Store(LaneMath.Log(Vector512Lanes.Uniforms(123, (ulong)i)), ref _out[i]);
    }
}
