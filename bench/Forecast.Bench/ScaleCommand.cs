using System.Diagnostics;
using Forecast.Catalog;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Bench;

/// <summary>
/// Runs too long for BenchmarkDotNet's repetitions, so timed once with a stopwatch and the process's peak memory:
/// `scale synthetic [pairs]` (SYNTHETIC pairs, default 300,000) and `scale catalog` (the shipped seed catalog).
/// </summary>
public static class ScaleCommand
{
    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "synthetic":
                var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300_000;
                var pairs = SyntheticCatalog.Pairs(count);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var results = MonteCarlo.Run(pairs, SyntheticCatalog.Factors, new SimulationOptions { Seed = 1, Quantiles = true });
                clock.Stop();
                Report($"SYNTHETIC catalog: {count:N0} pairs × 10,000 paths × 3 steps, P(meet) + hit bitsets + year-end quantiles", clock.Elapsed, results.Average(r => r.PMeet), cpu);
                return 0;
            case "batch":
                return Batch(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
            case "catalog":
                var directory = DataDirectory.Resolve() ?? throw new InvalidOperationException("data/ not found");
                var catalog = CatalogLoader.Load(directory);
                var priors = PriorsReader.Read(Path.Combine(directory, "..", "scenarios", "priors.yaml"), catalog);
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                clock = Stopwatch.StartNew();
                var run = Forecaster.Run(catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), priors, new ForecastSettings(2023), new SimulationOptions { Seed = 1, Quantiles = true });
                clock.Stop();
                var simulated = run.Pairs.Count(p => p.Simulation is { StandardError: > 0 });
                Report($"Seed catalog: {run.Pairs.Count} targets ({simulated} simulated, {run.Pairs.Count(p => p.Basis == ForecastBasis.None)} insufficient data) × 10,000 paths, with quantiles and reasons", clock.Elapsed, run.Pairs.Where(p => p.PMeet is not null).Average(p => p.PMeet!.Value), cpu);
                foreach (var group in run.Pairs.GroupBy(p => (p.Basis, p.Flag)).OrderBy(g => g.Key.Basis).ThenBy(g => g.Key.Flag))
                    Console.WriteLine($"  {group.Key.Basis,-11} {group.Key.Flag,-16} {group.Count(),4}");
                return 0;
            default:
                Console.Error.WriteLine("usage: scale synthetic [pairs] | scale catalog | scale batch [repeats]");
                return 2;
        }
    }

    /// <summary>
    /// 500 SYNTHETIC pairs × 10,000 paths × 3 steps on every core, hits only and with year-end quantiles: the best and
    /// the median of <paramref name="repeats"/> runs after a warm-up (the cores are shared, so the best is the figure
    /// least disturbed by other work, the median the typical one).
    /// </summary>
    private static int Batch(int repeats)
    {
        var pairs = SyntheticCatalog.Pairs(500);
        foreach (var quantiles in new[] { false, true })
        {
            var options = new SimulationOptions { Seed = 1, Quantiles = quantiles };
            for (var i = 0; i < 5; i++)
                MonteCarlo.Run(pairs, SyntheticCatalog.Factors, options);
            var times = new double[repeats];
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                MonteCarlo.Run(pairs, SyntheticCatalog.Factors, options);
                times[i] = clock.Elapsed.TotalMilliseconds;
            }

            var processorMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / repeats;
            var bytesPerPair = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (repeats * 500.0);
            Array.Sort(times);

            // One thread, best of as many runs: the work itself, whatever the other processes on the machine are doing.
            var single = options with { MaxDegreeOfParallelism = 1 };
            var bestSingle = double.MaxValue;
            for (var i = 0; i < repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                MonteCarlo.Run(pairs, SyntheticCatalog.Factors, single);
                bestSingle = Math.Min(bestSingle, clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"SYNTHETIC batch: 500 pairs × 10,000 paths × 3 steps on {Environment.ProcessorCount} cores, {(quantiles ? "with year-end quantiles" : "hits only")}: best {times[0]:F2} ms, median {times[repeats / 2]:F2} ms over {repeats} runs; {processorMs:F1} processor-ms a run; {bytesPerPair:N0} bytes allocated per pair; on one thread best {bestSingle:F2} ms");
        }

        return 0;
    }

    /// <param name="cpuBefore">The process's processor time when the clock started: processor seconds say what the
    /// work cost even when other processes share the cores, where wall time says how long it took.</param>
    private static void Report(string what, TimeSpan elapsed, double meanP, TimeSpan cpuBefore)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(what);
        Console.WriteLine($"  wall time {elapsed.TotalSeconds:F2} s on {Environment.ProcessorCount} cores ({cpu.TotalSeconds:F2} processor-seconds); peak working set {process.PeakWorkingSet64 / (1024.0 * 1024 * 1024):F2} GiB; mean P(meet) {meanP:F3}");
    }
}
