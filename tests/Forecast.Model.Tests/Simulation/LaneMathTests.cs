using Forecast.Model.Random;
using Forecast.Model.Simulation;
using Forecast.Model.Simulation.Lanes;
using MathNet.Numerics.Distributions;

namespace Forecast.Model.Tests.Simulation;

public sealed class LaneMathTests
{
    private static readonly double[] Probabilities =
        [1e-15, 1e-9, 1e-5, 0.001, 0.01, 0.02, 0.0242, 0.02425, 0.0243, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.98, 0.999, 1 - 1e-9, 1 - 1.2e-16];

    [Fact]
    public void The_normal_quantile_is_within_the_central_rationals_error_of_the_exact_one_in_the_centre_and_both_tails()
    {
        // 6.2e-8: the central rational's largest absolute error (6.1e-8, at its ends); Acklam's tail formula is closer,
        // 1.15e-9 relative.
        foreach (var p in Probabilities)
        {
            var exact = Normal.InvCDF(0, 1, p);
            var ours = LaneMath.NormalQuantile(ScalarLanes.Create(p)).Value;
            var bound = LaneMath.TailBits(ScalarLanes.Create(p)) != 0 ? 1.2e-9 * Math.Abs(exact) : 6.2e-8;
            Assert.True(Math.Abs(ours - exact) <= bound, $"p={p}: {ours} vs {exact}");
        }
    }

    [Fact]
    public void The_central_rational_is_within_its_fitted_error_of_the_exact_quantile_across_its_range()
    {
        // A million probabilities evenly over [TailProbability, ½] (the rational is odd in p − ½). When it was fitted
        // (`Forecast.Bench fit-central 5 5 0.01`) its largest errors were 2.636e-8 relative, near p = 0.371, and
        // 6.13e-8 absolute, at p = 0.01.
        const int n = 1_000_000;
        var worst = 0.0;
        var worstAbsolute = 0.0;
        for (var i = 0; i <= n; i++)
        {
            var p = LaneMath.TailProbability + ((0.5 - LaneMath.TailProbability) * i / n);
            var exact = Normal.InvCDF(0, 1, p);
            var ours = LaneMath.CentralQuantile(ScalarLanes.Create(p)).Value;
            worstAbsolute = Math.Max(worstAbsolute, Math.Abs(ours - exact));
            if (exact != 0)
                worst = Math.Max(worst, Math.Abs(ours - exact) / Math.Abs(exact));
        }

        Assert.InRange(worst, 0, 2.64e-8);
        Assert.InRange(worstAbsolute, 0, 6.14e-8);
    }

    [Fact]
    public void Exp_and_log_agree_with_the_runtime_to_a_few_ulp()
    {
        foreach (var x in new[] { -700, -30, -1, -0.3466, -1e-9, 0, 1e-12, 0.5, 1, 2.5, 20, 700 })
            Assert.Equal(Math.Exp(x), LaneMath.Exp(ScalarLanes.Create(x)).Value, Math.Exp(x) * 4e-16);
        foreach (var x in new[] { 1e-300, 1e-17, 2.2e-16, 0.02425, 0.5, 0.70710678, 0.7071068, 1, 1.4142135, 1.4142136, 3, 1e10 })
            Assert.Equal(Math.Log(x), LaneMath.Log(ScalarLanes.Create(x)).Value, Math.Max(1, Math.Abs(Math.Log(x))) * 4e-16);
    }

    [Fact]
    public void Every_lane_width_draws_the_same_uniforms_as_the_counter_generator()
    {
        // Counters 8b … 8b + 7 of a step serve paths 16b … 16b + 15: low halves the first eight, high halves the rest.
        var seed = CounterRandom.StreamSeed(99, CounterRandom.StreamOf("economy"));
        const int step = 2025;
        const int block = 4;
        var counter = CounterRandom.DrawCounter(step, 16 * block);
        var expected = Enumerable.Range(16 * block, 16).Select(path => CounterRandom.Uniform32(CounterRandom.DrawBits(seed, step, path)) - 0.5).ToArray();

        Assert.Equal(expected, Lanes<Vector512Lanes>(() => (Vector512Lanes.CentredUniforms32(seed, counter, out var high), high)));
        Assert.Equal(expected[..4].Concat(expected[8..12]), Lanes<Vector256Lanes>(() => (Vector256Lanes.CentredUniforms32(seed, counter, out var high), high)));
        Assert.Equal(expected[4..8].Concat(expected[12..16]), Lanes<Vector256Lanes>(() => (Vector256Lanes.CentredUniforms32(seed, counter + 4, out var high), high)));
        Assert.Equal([expected[3], expected[11]], Lanes<ScalarLanes>(() => (ScalarLanes.CentredUniforms32(seed, counter + 3, out var high), high)));
    }

    [Fact]
    public void Every_lane_width_gives_the_same_bits_for_normals_exponentials_and_logs()
    {
        // Uniforms from the generator itself, so the far tails (below 1e-6) are exercised as they are in a run.
        var seed = CounterRandom.StreamSeed(3, 5);
        var inputs = Enumerable.Range(0, 80_000).Select(i => CounterRandom.Uniform(SplitMix64.At(seed, (ulong)i))).Concat(Probabilities).ToArray();
        Array.Resize(ref inputs, inputs.Length / 8 * 8);

        var scalar = Apply<ScalarLanes>(inputs);
        Assert.Equal(scalar, Apply<Vector256Lanes>(inputs));
        // The AVX-512 permute has no software fallback: without the hardware (DOTNET_EnableAVX512=0) the 512-bit
        // lanes never run, and the fallback run checks the two widths that do.
        if (Vector512Lanes.IsHardwareAccelerated)
            Assert.Equal(scalar, Apply<Vector512Lanes>(inputs));
    }

    private static double[] Apply<T>(double[] inputs) where T : struct, ILanes<T>
    {
        var output = new double[inputs.Length * 3];
        for (var i = 0; i < inputs.Length; i += T.Count)
        {
            var p = T.Load(ref inputs[i]);
            var z = LaneMath.NormalQuantile(p);
            T.Store(z, ref output[i]);
            T.Store(LaneMath.Exp(z * T.Create(3.0)), ref output[inputs.Length + i]);
            T.Store(LaneMath.Log(p), ref output[(2 * inputs.Length) + i]);
        }

        return output;
    }

    private static double[] Lanes<T>(Func<(T Low, T High)> make) where T : struct, ILanes<T>
    {
        var values = new double[2 * T.Count];
        var (low, high) = make();
        T.Store(low, ref values[0]);
        T.Store(high, ref values[T.Count]);
        return values;
    }
}
