using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
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

// Every seed pair × 10,000 paths (quantiles, reasons) through the grains on an embedded silo — Start, validation, the
// observation snapshot, the top-down fan-out, views, rollups, the stored result — against Forecaster.Run on the same
// work, alternating the two so that load on the machine hits both alike. Each grain run has its own seed, since the
// same content would return the stored run. Not BenchmarkDotNet: a silo per benchmark case would measure start-up.
//
//   dotnet run -c Release --project bench/Forecast.Bench.Grains -- [rounds (default 15)] [paths (default 10000)]
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var paths = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : SimulationOptions.DefaultPaths;

var directory = DataDirectory.Resolve() ?? throw new InvalidOperationException("data/ not found above the working directory");
var catalog = CatalogLoader.Load(directory);
var priors = PriorsReader.Read(Path.Combine(directory, "..", "scenarios", "priors.yaml"), catalog);

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.UseOrleans(silo => silo
    .UseLocalhostClustering(FreePort(), FreePort())
    .AddForecastGrains(catalog, priors)
    .AddForecastMemoryStorage());
using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IGrainFactory>();

if (Environment.GetEnvironmentVariable("BENCH_PROBE") == "1")
{
    foreach (var j in catalog.Jurisdictions)
    {
        var ps = catalog.PairsOf(j.Id).ToList();
        var c0 = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
            Forecaster.Run(catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), priors, new ForecastSettings(2023), new SimulationOptions { Seed = 1, Paths = paths, Quantiles = true }, ps);
        Console.WriteLine($"{j.Id} {ps.Count} pairs {c0.Elapsed.TotalMilliseconds / 5:F1} ms");
    }
    var c1 = Stopwatch.StartNew();
    for (var i = 0; i < 5; i++)
        Forecaster.Run(catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), priors, new ForecastSettings(2023), new SimulationOptions { Seed = 1, Paths = paths, Quantiles = true }, [catalog.Pairs[0]]);
    Console.WriteLine($"one pair {c1.Elapsed.TotalMilliseconds / 5:F1} ms");
}

var modelTimes = new List<double>();
var grainTimes = new List<double>();
RunResult? last = null;
for (var round = -2; round < rounds; round++)
{
    // Two rounds of warm-up (JIT, first activations), then alternate which path goes first.
    var seed = (ulong)(1_000 + round + 2);
    var model = TimeModel(seed);
    var (grain, result) = await TimeGrains(seed);
    if (round >= 0)
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
Console.WriteLine($"  grain path / model: {grainMs / modelMs:F2}×; overhead {(grainMs - modelMs) * 1000 / pairs:F1} µs per pair");

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
await host.StopAsync();
return 0;

double TimeModel(ulong seed)
{
    var clock = Stopwatch.StartNew();
    var run = Forecaster.Run(catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), priors, new ForecastSettings(2023), new SimulationOptions { Seed = seed, Paths = paths, Quantiles = true });
    clock.Stop();
    GC.KeepAlive(run);
    return clock.Elapsed.TotalMilliseconds;
}

async Task<(double, RunResult)> TimeGrains(ulong seed)
{
    var scenario = new Scenario("bench", "grain benchmark", seed, paths, 2023, null, [], new ScenarioThresholds(), [], [], []);
    var run = grains.GetGrain<IScenarioRunGrain>(ScenarioRuns.RunIdOf(scenario));
    var clock = Stopwatch.StartNew();
    var progress = await run.Start(scenario);
    Console.Error.WriteLine($"start {clock.Elapsed.TotalMilliseconds:F1} ms");
    while (progress.State == RunState.Running)
    {
        await Task.Delay(1);
        progress = await run.GetProgress();
    }

    var result = await run.GetResult() ?? throw new InvalidOperationException($"run {progress.State}: {progress.Error}");
    clock.Stop();
    return (clock.Elapsed.TotalMilliseconds, result);
}

int Size<T>(T value) => serializer.SerializeToArray(value).Length;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

static int FreePort()
{
    using var socket = new TcpListener(IPAddress.Loopback, 0);
    socket.Start();
    return ((IPEndPoint)socket.LocalEndpoint).Port;
}
