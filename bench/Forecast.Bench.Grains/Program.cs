using System.Diagnostics;
using System.Globalization;
using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains;
using Forecast.Grains.Rollups;
using Forecast.Grains.Runs;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

// Every seed pair × 10,000 paths (quantiles, reasons) through the grains on an embedded silo — Start, validation, the
// observation snapshot, the top-down fan-out, views, rollups, the stored result — against Forecaster.Run on the same
// work, alternating the two so that load on the machine hits both alike. Each grain run has its own seed, since the
// same content would return the stored run. Not BenchmarkDotNet: a silo per benchmark case would measure start-up.
//
//   dotnet run -c Release --project bench/Forecast.Bench.Grains -- [rounds (default 15)] [paths (default 10000)]
//   dotnet run -c Release --project bench/Forecast.Bench.Grains -- what-if [calls] [paths]   (WhatIfBenchmark)
var directory = DataDirectory.Resolve() ?? throw new InvalidOperationException("data/ not found above the working directory");
var catalog = CatalogLoader.Load(directory);
var priors = PriorsReader.Read(Path.Combine(directory, "..", "scenarios", "priors.yaml"), catalog);
if (args is ["what-if", ..])
{
    await Forecast.Bench.Grains.WhatIfBenchmark.Run(
        catalog,
        priors,
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : SimulationOptions.DefaultPaths);
    return 0;
}

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var paths = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : SimulationOptions.DefaultPaths;

using var host = await Forecast.Bench.Grains.BenchSilo.StartAsync(catalog, priors);
var grains = host.Services.GetRequiredService<IGrainFactory>();

var modelTimes = new List<double>();
var grainTimes = new List<double>();
var modelCpu = new List<double>();
var grainCpu = new List<double>();
RunResult? last = null;
for (var round = -2; round < rounds; round++)
{
    // Two rounds of warm-up (JIT, first activations), then alternate which path goes first.
    var seed = (ulong)(1_000 + round + 2);
    var model = TimeModel(seed);
    var (grain, result) = await TimeGrains(seed);
    if (round < 0)
    {
        modelCpu.Clear();
        grainCpu.Clear();
    }
    else
    {
        modelTimes.Add(model);
        grainTimes.Add(grain);
    }

    last = result;
}

var modelMs = Median(modelTimes);
var grainMs = Median(grainTimes);
var pairs = last!.Pairs.Count + last.Failures.Count;
Console.WriteLine($"Seed catalog: {pairs} pairs × {paths:N0} paths, {rounds} rounds after 2 warm-up, {Environment.ProcessorCount} cores");
Console.WriteLine($"  model alone (Forecaster.Run)        median {modelMs,8:F1} ms   (min {modelTimes.Min(),7:F1}, max {modelTimes.Max(),7:F1})");
Console.WriteLine($"  through the grains (Start → result) median {grainMs,8:F1} ms   (min {grainTimes.Min(),7:F1}, max {grainTimes.Max(),7:F1})");
Console.WriteLine($"  grain path / model: {grainMs / modelMs:F2}× (medians), {grainTimes.Min() / modelTimes.Min():F2}× (minima); overhead {(grainMs - modelMs) * 1000 / pairs:F1} µs per pair (medians)");
Console.WriteLine($"  CPU time (all threads): model median {Median(modelCpu):F1} ms, grains median {Median(grainCpu):F1} ms: {Median(grainCpu) / Median(modelCpu):F2}×, {(Median(grainCpu) - Median(modelCpu)) * 1000 / pairs:F1} µs CPU per pair");

// Message sizes, as Orleans' serializer writes them when a message crosses silos.
var serializer = host.Services.GetRequiredService<Serializer>();
var root = last.Rollups[0];
var leaf = last.Rollups.Single(r => r.Jurisdiction == "zhenxing");
Console.WriteLine("  message sizes (Orleans serializer):");
Console.WriteLine($"    RollupView {root.Jurisdiction} ({root.Assessed} assessed)   {Size(root),9:N0} B");
Console.WriteLine($"    RollupView {leaf.Jurisdiction} ({leaf.Assessed} assessed)   {Size(leaf),9:N0} B");
foreach (var counted in new[] { 40, 300, 70_000 })
{
    var summary = new SubtreeSummary("x", counted, counted, 0, 0, 0, PathCounts.Pack(new int[paths], counted), root.Flags, root.ByDomain, root.Worst);
    Console.WriteLine($"    SubtreeSummary child→parent, {counted,6:N0} assessed   {Size(summary),9:N0} B (per-path counts {summary.Counts.Width} B/path)");
}

Console.WriteLine($"    PairForecastView (median)            {Median(last.Pairs.Select(p => (double)Size(p)).ToList()),9:N0} B");
Console.WriteLine($"    RunResult (whole run, stored)        {Size(last),9:N0} B");
Console.WriteLine($"      of which pair definitions (catalog) {Size(last.Pairs.Select(p => p.Definition).ToList()),9:N0} B, fans {Size(last.Pairs.Select(p => p.Fan).ToList()),9:N0} B, growth {Size(last.Pairs.Select(p => p.Growth).ToList()),9:N0} B, reasons {Size(last.Pairs.Select(p => p.ReasonZh + p.ReasonEn + p.FitDescription).ToList()),9:N0} B");

// What storing that result costs with each grain-state serializer (write + read back, median of 9).
// Each jurisdiction stores its own part; here every pair as one part, the whole of what a run's jurisdictions write.
var stored = new StoredRunPart { Pairs = last.Pairs.Select(StoredPairForecast.From).ToList(), Rollup = root };
var copier = host.Services.GetRequiredService<Orleans.Serialization.DeepCopier>();
Console.WriteLine("  storing a run's parts as its jurisdictions write them, all together (median of 9):");
Console.WriteLine($"    copied (the embedded default, CopyingMemoryGrainStorage)  {Median(Enumerable.Range(0, 9).Select(_ => Time(() => copier.Copy(stored))).ToList()),7:F3} ms");
Console.WriteLine($"    encoded as JSON (PostgreSQL storage)                      {Median(Enumerable.Range(0, 9).Select(_ => Time(() => new Forecast.Hosting.ForecastGrainStateSerializer().Serialize(stored))).ToList()),7:F3} ms");
Console.WriteLine("  storing the RunResult (serialise + deserialise, median of 9):");
foreach (var (name, storageSerializer) in new (string, IGrainStorageSerializer)[]
{
    ("Orleans binary", new OrleansGrainStorageSerializer(serializer)),
    ("System.Text.Json (Forecast.Hosting, PostgreSQL)", new Forecast.Hosting.ForecastGrainStateSerializer()),
    ("Orleans' default for memory storage", host.Services.GetRequiredService<IGrainStorageSerializer>()),
})
{
    var times = new List<double>();
    var cpuTimes = new List<double>();
    var bytes = 0;
    for (var i = 0; i < 9; i++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var data = storageSerializer.Serialize(last);
        _ = storageSerializer.Deserialize<RunResult>(data);
        times.Add(clock.Elapsed.TotalMilliseconds);
        cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        bytes = data.ToMemory().Length;
    }

    Console.WriteLine($"    {name,-48} {Median(times),7:F1} ms wall, {Median(cpuTimes),7:F1} ms CPU  {bytes,9:N0} B");
}
await host.StopAsync();
return 0;

double TimeModel(ulong seed)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var run = Forecaster.Run(catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), priors, new ForecastSettings(2023), new SimulationOptions { Seed = seed, Paths = paths, Quantiles = true });
    clock.Stop();
    GC.KeepAlive(run);
    modelCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    return clock.Elapsed.TotalMilliseconds;
}

async Task<(double, RunResult)> TimeGrains(ulong seed)
{
    var scenario = new Scenario("bench", "grain benchmark", seed, paths, 2023, null, [], new ScenarioThresholds(), [], [], []);
    var run = grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var progress = await run.Start(scenario);
    while (progress.State == RunState.Running)
    {
        await Task.Delay(1);
        progress = await run.GetProgress();
    }

    var result = await RunResults.ReadAsync(grains, run.GetPrimaryKeyString()) ?? throw new InvalidOperationException($"run {progress.State}: {progress.Error}");
    clock.Stop();
    grainCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    return (clock.Elapsed.TotalMilliseconds, result);
}

static double Time(Func<object> action)
{
    var clock = Stopwatch.StartNew();
    GC.KeepAlive(action());
    return clock.Elapsed.TotalMilliseconds;
}

int Size<T>(T value) => serializer.SerializeToArray(value).Length;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
