using System.Diagnostics;
using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains;
using Forecast.Model.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Forecast.Bench.Grains;

/// <summary>
/// A pair's what-if on a warm embedded silo: 10,000 paths, through IIndicatorGrain.WhatIf as a caller in the silo's
/// process sees it (the scenario's latest run looked up, the pair's plan varied, its own Monte Carlo with the fan and
/// what it takes). The first call on a run is timed apart: it makes the run ready on the silo.
///
///   dotnet run -c Release --project bench/Forecast.Bench.Grains -- what-if [calls (default 300)] [paths (default 10000)]
/// </summary>
internal static class WhatIfBenchmark
{
    public static async Task Run(ForecastCatalog catalog, ForecastPriors priors, int calls, int paths)
    {
        using var host = await BenchSilo.StartAsync(catalog, priors);
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var scenario = new Scenario("what-if-bench", "what-if benchmark", 20250101, paths, 2025, null, [], new ScenarioThresholds(), [], [], []);
        var run = grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
        var progress = await run.Start(scenario);
        while (progress.State is RunState.Running or RunState.NotStarted)
        {
            await Task.Delay(20);
            progress = await run.GetProgress();
        }

        var result = await RunResults.ReadAsync(grains, run.GetPrimaryKeyString()) ?? throw new InvalidOperationException($"the run ended {progress.State}: {progress.Error}");
        var flagged = result.Pairs.Where(p => p.Flag != Flags.InsufficientData && p.WhatItTakes is { Needed: not null }).OrderBy(p => p.PMeet).Take(10).ToList();

        var clock = Stopwatch.StartNew();
        await grains.GetGrain<IIndicatorGrain>(flagged[0].Definition.Pair).WhatIf(scenario.Id, new WhatIfRequest(Paths: paths));
        var first = clock.Elapsed.TotalMilliseconds;

        // Warm-up: every pair's grain active, the JIT settled.
        for (var i = 0; i < 50; i++)
            await Ask(i);

        var times = new List<double>(calls);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < calls; i++)
        {
            clock.Restart();
            await Ask(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / calls;
        times.Sort();
        Console.WriteLine($"What-if on a warm silo: {calls} calls over {flagged.Count} flagged pairs × {paths:N0} paths (pace moved each call, fan and what it takes included), {Environment.ProcessorCount} cores");
        Console.WriteLine($"  first call on the run (makes it ready on the silo)  {first,8:F2} ms");
        Console.WriteLine($"  warm: median {At(0.5),6:F2} ms   p95 {At(0.95),6:F2} ms   max {times[^1],6:F2} ms   min {times[0],6:F2} ms   CPU {cpuMs:F2} ms per call");
        await host.StopAsync();

        double At(double q) => times[(int)Math.Min(times.Count - 1, Math.Floor(q * times.Count))];

        Task<WhatIfAnswer?> Ask(int i)
        {
            var pair = flagged[i % flagged.Count];
            var pace = pair.WhatItTakes!.Assumed + ((pair.WhatItTakes.Needed!.Value - pair.WhatItTakes.Assumed) * (i % 7) / 6.0);
            return grains.GetGrain<IIndicatorGrain>(pair.Definition.Pair).WhatIf(scenario.Id, new WhatIfRequest(Pace: pace, Paths: paths));
        }
    }
}
