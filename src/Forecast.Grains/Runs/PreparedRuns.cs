using Forecast.Contracts;
using Forecast.Grains.Scenarios;
using Forecast.Grains.Views;
using Forecast.Model;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.Runs;

/// <summary>
/// One preparation per run and silo: the scenario checked and turned into the model's inputs, the run's stored
/// snapshot read (<see cref="StoredRuns"/>) and converted, and the whole catalog planned once (pooled trends read
/// every pair), shared by every jurisdiction of the run on this silo. Keyed by what the run read (<see cref="RunOrder.Key"/>),
/// not by the order's instance: an order that crossed silos arrives as a new instance with every call, and keying by
/// instance planned the catalog again for every jurisdiction a parent on another silo started (on three silos, most of
/// them). The last few runs are kept; a preparation that failed is not.
/// </summary>
public sealed class PreparedRuns(CatalogViews views, ForecastPriors priors, StoredRuns storedRuns)
{
    /// <summary>Runs whose preparation is kept: a run and the one started while it finishes.</summary>
    public const int Kept = 2;

    private readonly RecentlyUsed<Task<PreparedRun>> _runs = new(Kept);

    /// <param name="order">The run.</param>
    /// <param name="snapshot">The run's snapshot where the caller has read it already; else it is read from storage.</param>
    /// <exception cref="InvalidOperationException">The run holds another snapshot than the order's (it was started again or forgotten meanwhile).</exception>
    public async Task<PreparedRun> For(RunOrder order, RunSnapshot? snapshot = null)
    {
        // Off the caller's scheduler and out of the cache's lock: the first jurisdiction (or what-if) to ask reads the
        // snapshot and plans the catalog on a pool thread, and every other one awaits the same task.
        var task = _runs.GetOrAdd(order.Key, () => Task.Run(() => Prepare(order, snapshot)));
        try
        {
            return await task;
        }
        catch
        {
            _runs.Remove(order.Key, task);
            throw;
        }
    }

    private async Task<PreparedRun> Prepare(RunOrder order, RunSnapshot? known)
    {
        var snapshot = known is not null && known.InputsHash == order.InputsHash ? known : await storedRuns.SnapshotOf(order);
        return Plan(order.Scenario, snapshot, views, priors);
    }

    /// <summary>The scenario checked and turned into the model's inputs, and the catalog planned over the snapshot's observations.</summary>
    public static PreparedRun Plan(Scenario scenario, RunSnapshot snapshot, CatalogViews views, ForecastPriors priors)
    {
        var inputs = ScenarioInputs.From(scenario, views.Catalog, priors);
        // One thread a jurisdiction: the silo runs several jurisdictions at once on its compute threads (ComputeGate),
        // and the model's own parallel loop would take the cores the silo keeps for messaging. Results do not depend on it.
        inputs = inputs with { Simulation = inputs.Simulation with { MaxDegreeOfParallelism = 1 } };
        var forecast = Forecaster.Prepare(views.Catalog, Observations(snapshot, inputs), inputs.Priors, inputs.Settings);
        return new PreparedRun(inputs, forecast, snapshot);
    }

    /// <summary>Every pair's stored observations (pooled trends read other jurisdictions' too), with the scenario's extra ones added.</summary>
    private static Dictionary<Forecast.Catalog.PairId, IReadOnlyList<DataPoint>> Observations(RunSnapshot snapshot, ScenarioInputs inputs)
    {
        var points = new Dictionary<Forecast.Catalog.PairId, IReadOnlyList<DataPoint>>();
        foreach (var (pair, stored) in snapshot.Observations)
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

/// <summary>A run made ready on this silo, with the snapshot it was made from (each pair's view shows its own observations).</summary>
public sealed record PreparedRun(ScenarioInputs Inputs, PreparedForecast Forecast, RunSnapshot Snapshot);
