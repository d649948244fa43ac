using System.Diagnostics;
using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Scenarios;
using Forecast.Model.Forecasting;

namespace Forecast.Bench.Cluster;

/// <summary>
/// Splits a run's processor time on one silo into what every silo repeats (the scenario's inputs, the catalog planned,
/// the pooled trends and base rates that read every pair, forced by forecasting one pair) and what divides among silos
/// (forecasting the pairs, a jurisdiction at a time as the grains do), on one thread.
/// </summary>
internal static class PrepareCost
{
    public static int Run(Arguments options)
    {
        var (catalog, priors) = Catalogs.Load(options);
        var views = Stopwatch.StartNew();
        _ = new Forecast.Grains.Views.CatalogViews(catalog);
        var viewsBuilt = views.Elapsed;
        var outline = ScenarioInputs.From(new Scenario("outline", "outline", 7, 1_000, 2023, null, [], new ScenarioThresholds(), [], [], []), catalog, priors);
        var inScope = catalog.Jurisdictions.Sum(j => outline.PairsIn(catalog, j.Id).Count);
        Console.WriteLine($"each silo's, once: catalog views {viewsBuilt.TotalSeconds:F2} s; the run's pairs by jurisdiction (every goal read) {(views.Elapsed - viewsBuilt).TotalSeconds:F2} s ({inScope} pairs)");
        var scenario = new Scenario("prepare", "prepare cost", 7, options.Number("paths", 10_000), 2023, null, [], new ScenarioThresholds(), [], [], []);
        for (var round = 1; round <= 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var inputs = ScenarioInputs.From(scenario, catalog, priors);
            inputs = inputs with { Simulation = inputs.Simulation with { MaxDegreeOfParallelism = 1 } };
            var afterInputs = clock.Elapsed;
            var prepared = Forecaster.Prepare(catalog, new Dictionary<PairId, IReadOnlyList<Forecast.Model.DataPoint>>(), inputs.Priors, inputs.Settings);
            var afterPrepare = clock.Elapsed;
            prepared.Run(inputs.Simulation, [catalog.Pairs[0]]);
            var afterFirst = clock.Elapsed;
            var pairs = 0;
            foreach (var jurisdiction in catalog.Jurisdictions)
            {
                var own = inputs.PairsIn(catalog, jurisdiction.Id);
                pairs += prepared.Run(inputs.Simulation, own).Pairs.Count;
            }

            var total = clock.Elapsed;
            Console.WriteLine($"round {round}: {catalog.Pairs.Count} pairs: inputs {afterInputs.TotalSeconds:F2} s, prepare {(afterPrepare - afterInputs).TotalSeconds:F2} s, "
                + $"first pair (pooled trends, base rates) {(afterFirst - afterPrepare).TotalSeconds:F2} s, every pair by jurisdiction {(total - afterFirst).TotalSeconds:F2} s ({pairs} forecast)");
        }

        return 0;
    }
}
