using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Views;

namespace Forecast.Grains.Rollups;

/// <summary>
/// For an additive indicator a jurisdiction and its children both hold (new urban jobs in Dandong and in Zhenxing):
/// how much of the parent's goal the children's goals make up, and which child's goal alone exceeds the parent's.
/// Goals of the same year only, so a 2023 flow is never summed into a 2023–2025 total.
/// </summary>
public static class AdditiveShares
{
    public static IReadOnlyList<AdditiveShare> Of(ForecastCatalog catalog, string jurisdiction, Func<PairId, bool> inRun)
    {
        var shares = new List<AdditiveShare>();
        var children = catalog.Children(jurisdiction).Select(c => c.Id).ToList();
        foreach (var pair in catalog.PairsOf(jurisdiction))
        {
            var indicator = catalog.Indicator(pair.Indicator);
            if (!indicator.Additive || !inRun(pair) || CatalogGoals.Of(catalog, pair) is not { Value: > 0 } parentGoal)
                continue;

            var childGoals = children
                .Select(c => (Child: c, Goal: CatalogGoals.Of(catalog, new PairId(c, pair.Indicator))))
                .Where(c => c.Goal is { } g && g.Year == parentGoal.Year && g.FromYear == parentGoal.FromYear)
                .Select(c => (c.Child, Value: c.Goal!.Value))
                .ToList();
            if (childGoals.Count == 0)
                continue;

            var sum = childGoals.Sum(c => c.Value);
            shares.Add(new AdditiveShare(
                pair.Indicator,
                parentGoal.Year,
                parentGoal.Value,
                sum,
                sum / parentGoal.Value,
                childGoals.Select(c => c.Child).ToList(),
                childGoals.Where(c => c.Value > parentGoal.Value).Select(c => c.Child).ToList()));
        }

        return shares;
    }
}
