using System.Runtime.CompilerServices;
using Forecast.Catalog;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.Views;

/// <summary>
/// Each pair's goal (<see cref="Forecaster.GoalOf"/>), worked out once per catalog: every run asks it of every pair
/// for every jurisdiction (which pairs are in the horizon, the additive shares), and the catalog never changes under a
/// silo, so a run should not search its figures again each time.
/// </summary>
public static class CatalogGoals
{
    private static readonly ConditionalWeakTable<ForecastCatalog, Dictionary<PairId, Figure?>> Goals = [];

    public static Figure? Of(ForecastCatalog catalog, PairId pair) =>
        Goals.GetValue(catalog, c => c.Pairs.ToDictionary(p => p, p => Forecaster.GoalOf(c, p))).TryGetValue(pair, out var goal)
            ? goal
            : Forecaster.GoalOf(catalog, pair);
}
