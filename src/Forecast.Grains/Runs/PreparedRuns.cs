using System.Runtime.CompilerServices;
using Forecast.Contracts;
using Forecast.Grains.Scenarios;
using Forecast.Grains.Views;
using Forecast.Model;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.Runs;

/// <summary>
/// One preparation per run and silo: the scenario checked and turned into the model's inputs, the observations
/// converted, and the whole catalog planned once (pooled trends read every pair), shared by every jurisdiction of the
/// run on this silo. Within a silo the run's order reaches every jurisdiction as the same immutable instance, so it
/// keys the cache and its entry goes when the run lets go of the order.
/// </summary>
public sealed class PreparedRuns(CatalogViews views, ForecastPriors priors)
{
    private readonly ConditionalWeakTable<RunOrder, Lazy<PreparedRun>> _runs = [];

    public PreparedRun For(RunOrder order) =>
        _runs.GetValue(order, o => new Lazy<PreparedRun>(() => Prepare(o), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private PreparedRun Prepare(RunOrder order)
    {
        var inputs = ScenarioInputs.From(order.Scenario, views.Catalog, priors);
        var forecast = Forecaster.Prepare(views.Catalog, Observations(order, inputs), inputs.Priors, inputs.Settings);
        return new PreparedRun(inputs, forecast);
    }

    /// <summary>Every pair's stored observations (pooled trends read other jurisdictions' too), with the scenario's extra ones added.</summary>
    private static Dictionary<Forecast.Catalog.PairId, IReadOnlyList<DataPoint>> Observations(RunOrder order, ScenarioInputs inputs)
    {
        var points = new Dictionary<Forecast.Catalog.PairId, IReadOnlyList<DataPoint>>();
        foreach (var (pair, stored) in order.Observations)
            points[PairViews.PairOf(pair)] = stored.Select(PairViews.ToPoint).ToList();
        foreach (var (pair, extra) in inputs.ExtraObservations)
        {
            // A scenario's observation for a year replaces the stored one for that year.
            var merged = points.TryGetValue(pair, out var existing) ? existing.Where(p => extra.All(e => e.Year != p.Year)).Concat(extra) : extra;
            points[pair] = merged.OrderBy(p => p.Year).ToList();
        }

        return points;
    }
}

/// <summary>A run made ready on this silo.</summary>
public sealed record PreparedRun(ScenarioInputs Inputs, PreparedForecast Forecast);
