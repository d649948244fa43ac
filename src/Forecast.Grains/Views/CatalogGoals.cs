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
    private static readonly ConditionalWeakTable<ForecastCatalog, Indexed> Goals = [];

    public static Figure? Of(ForecastCatalog catalog, PairId pair) =>
        Index(catalog).Goals.TryGetValue(pair, out var goal) ? goal : Forecaster.GoalOf(catalog, pair);

    /// <summary>
    /// How many of <paramref name="jurisdiction"/>'s own pairs have a goal by <paramref name="horizon"/> (any year when
    /// null): a run lays out its progress with this for every jurisdiction in scope before it answers Start, and on a
    /// national catalog listing each one's pairs to count them took 80–90 ms.
    /// </summary>
    public static int CountBy(ForecastCatalog catalog, string jurisdiction, int? horizon) =>
        !Index(catalog).GoalYears.TryGetValue(jurisdiction, out var years) ? 0
        : horizon is { } last ? years.Count(year => year <= last)
        : years.Length;

    private static Indexed Index(ForecastCatalog catalog) => Goals.GetValue(catalog, c =>
    {
        var goals = c.Pairs.ToDictionary(p => p, p => Forecaster.GoalOf(c, p));
        var years = c.Jurisdictions.ToDictionary(
            j => j.Id,
            j => c.PairsOf(j.Id).Select(p => goals[p]).OfType<Figure>().Select(g => g.Year).ToArray(),
            StringComparer.Ordinal);
        return new Indexed(goals, years);
    });

    private sealed record Indexed(Dictionary<PairId, Figure?> Goals, Dictionary<string, int[]> GoalYears);
}
