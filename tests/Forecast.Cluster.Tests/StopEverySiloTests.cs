using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Forecast.Contracts;

namespace Forecast.Cluster.Tests;

public sealed partial class ClusterRunTests
{
    /// <summary>Records observations, which every later run reads: it goes last.</summary>
    [Fact, RunOrder(5)]
    public async Task Every_observation_recorded_before_all_silos_stop_is_there_after_they_start_again()
    {
        await cluster.EnsureAllRunningAsync();
        var pairs = ObservablePairs(ShippedCatalog.Catalog).ToList();
        var small = Scenarios.Baseline("restart-check") with { Paths = 1_000, Scope = ["dandong"] };
        List<(string Pair, ObservationView Recorded)> recorded;
        RunResult stored;
        await using (var client = await cluster.ConnectAsync())
        {
            recorded = [];
            foreach (var (pair, year, value) in pairs)
            {
                var view = await client.Grains.GetGrain<IIndicatorGrain>(pair)
                    .RecordObservation(new ObservationInput(year, value, $"cluster test bulletin {Guid.NewGuid():N}", "cluster test"));
                recorded.Add((pair, view));
            }

            stored = await client.RunToCompletionAsync(small, timeout: TimeSpan.FromMinutes(2), maxRestarts: 0);
        }

        await Task.WhenAll(cluster.Silos.Select(s => s.StopAsync()));
        Assert.Empty(await cluster.ActiveSiloPortsAsync());
        var restarting = System.Diagnostics.Stopwatch.StartNew();
        await cluster.EnsureAllRunningAsync();
        output.WriteLine($"recovery: three silos active again {restarting.Elapsed.TotalSeconds:F1} s after they were started");

        await using var after = await cluster.ConnectAsync();
        foreach (var (pair, view) in recorded)
        {
            var observations = await after.Grains.GetGrain<IIndicatorGrain>(pair).GetObservations();
            Assert.Contains(view, observations);
        }

        var reread = await RunResults.ReadAsync(after.Grains, ScenarioRuns.RunIdOf(small));
        Assert.NotNull(reread);
        Assert.Equal(Scenarios.Comparable(stored), Scenarios.Comparable(reread));
        Assert.Equal(stored.StartedAt, reread.StartedAt);
        output.WriteLine($"{recorded.Count} observations and run {small.Id} survived a stop of every silo");
    }

    /// <summary>Every 20th pair of the catalog with a value its own catalog figure shows is valid: its latest figure, a year later.</summary>
    internal static IEnumerable<(string Pair, int Year, double Value)> ObservablePairs(ForecastCatalog catalog) =>
        catalog.Pairs
            .Where((_, i) => i % 20 == 0)
            .Select(p => (Pair: p, Figure: catalog.FiguresOf(p).MaxBy(f => f.Year)!))
            .Where(x => x.Figure.Value >= 0 && catalog.Indicator(x.Pair.Indicator).Kind != IndicatorKind.Growth)
            .Select(x => (x.Pair.ToString(), x.Figure.Year + 1, x.Figure.Value));
}
