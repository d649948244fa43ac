using System.Diagnostics;
using System.Globalization;
using Forecast.Model.Simulation;

namespace Forecast.Bench;

/// <summary>
/// `kernel [width] [seconds]`: a quick figure for the kernel in path-steps per second on one core, the naive loop timed
/// in the same process, and the bytes allocated per pair. The BenchmarkDotNet class <see cref="KernelBenchmarks"/>
/// gives the careful figure; this one answers in a few seconds while working on the kernel.
/// </summary>
public static class KernelCommand
{
    public static int Run(string[] args)
    {
        var width = args.Length > 0 ? Enum.Parse<LaneWidth>(args[0], ignoreCase: true) : LaneWidth.Auto;
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
        var bench = new KernelBenchmarks { Width = width };
        bench.Setup();

        Console.WriteLine($"lane width {width} runs as {bench.Resolved}; Vector512 accelerated: {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}; {KernelBenchmarks.Paths:N0} paths × {KernelBenchmarks.Steps} steps per pair");
        var naive = Time("naive (System.Random + MathNet Normal.Sample)", () => bench.Naive(), seconds, null);
        Time("level (log-normal walk)", () => bench.Level(), seconds, naive);
        Time("flows (sum of log-normal flows)", () => bench.Flows(), seconds, naive);
        var scratch = new NormalScratch(KernelBenchmarks.Paths);
        var row = new double[672];
        Time("normal draws alone (rows of 672)", () =>
        {
            for (var s = 0; s < KernelBenchmarks.Steps; s++)
            {
                for (var first = 0; first + row.Length <= KernelBenchmarks.Paths; first += row.Length)
                    NormalDraws.Fill(width, row, 5, 2024 + s, first, scratch);
            }

            return row[0];
        }, seconds, naive);
        var values = Enumerable.Range(0, 30_000).Select(i => 9 + (i % 100 / 50.0)).ToArray();
        var output = new double[values.Length];
        Time("exp alone (e^x of 30,000 values)", () => ExpAll(width, values, output), seconds, naive);
        var quantiles = new QuantileBenchmarks();
        Time("histogram select: P5/P50/P95 of 10,000 fresh values", () => quantiles.HistogramSelect() / 1e6, seconds, null, 1, "call");
        Time("three quickselects: the same", () => quantiles.ThreeQuickselects() / 1e6, seconds, null, 1, "call");
        Time("level with quantiles", () => bench.LevelWithQuantiles(), seconds, naive);

        // Bytes allocated per pair: the results (hit words, the result record) and nothing per path.
        bench.Level();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            bench.Level();
        var perPair = (GC.GetAllocatedBytesForCurrentThread() - before) / 100.0;
        Console.WriteLine($"bytes allocated per pair (10,000 paths, hits only): {perPair:N0} ({perPair / KernelBenchmarks.Paths:F3} per path)");
        return 0;
    }

    private static double ExpAll(LaneWidth width, double[] values, double[] output)
    {
        switch (MonteCarlo.ResolveWidth(width))
        {
            case LaneWidth.Vector512: ExpAll<Forecast.Model.Simulation.Lanes.Vector512Lanes>(values, output); break;
            case LaneWidth.Vector256: ExpAll<Forecast.Model.Simulation.Lanes.Vector256Lanes>(values, output); break;
            default: ExpAll<Forecast.Model.Simulation.Lanes.ScalarLanes>(values, output); break;
        }

        return output[0];
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization | System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ExpAll<T>(double[] values, double[] output) where T : struct, Forecast.Model.Simulation.Lanes.ILanes<T>
    {
        for (var i = 0; i + T.Count <= values.Length; i += T.Count)
            T.Store(LaneMath.Exp(T.Load(ref values[i])), ref output[i]);
    }

    /// <summary>
    /// Times <paramref name="run"/> for <paramref name="seconds"/> and prints the best single call (the one least
    /// disturbed by other processes on the shared cores) and the median one. Both matter for the naive loop: with the
    /// runtime's default tiered compilation it runs near 19 ns per path-step for its first calls and settles near 34
    /// (its steady state, which BenchmarkDotNet reports), so its best call flatters it against its median.
    /// </summary>
    /// <returns>The best and the median time per operation, in ns.</returns>
    private static (double Best, double Median) Time(string what, Func<double> run, double seconds, (double Best, double Median)? baseline, int operations = KernelBenchmarks.Paths * KernelBenchmarks.Steps, string unit = "path-step")
    {
        for (var i = 0; i < 20; i++)
            run();

        var sink = 0.0;
        var times = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var start = clock.Elapsed;
            sink += run();
            times.Add((clock.Elapsed - start).TotalNanoseconds / operations);
        }

        times.Sort();
        var best = times[0];
        var median = times[times.Count / 2];
        var ratio = baseline is { } b ? $"  {b.Best / best:F1}× naive (median {b.Median / median:F1}×)" : string.Empty;
        Console.WriteLine(unit == "path-step"
            ? $"{what,-52} {best,8:F3} ns/path-step (median {median:F3})  {1000 / best,8:F1} M path-steps/s{ratio}   ({sink:F0})"
            : $"{what,-52} {best / 1000,8:F1} µs/{unit} (median {median / 1000:F1})");
        return (best, median);
    }
}
