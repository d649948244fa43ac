using System.Collections.Concurrent;
using Forecast.Grains.Views;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Forecast.Grains.Placement;

/// <summary>
/// Deals the catalog's jurisdictions to the compatible silos, largest first, each to the silo holding the fewest pairs
/// so far (the greedy longest-processing-time rule, within 4/3 of the best split). The deal is a function of the
/// catalog and the silos' addresses only, so every silo places a jurisdiction on the same silo without asking
/// another; when the silos change, new activations follow the new deal.
/// </summary>
public sealed class PairBalancedPlacementDirector(CatalogViews views) : IPlacementDirector
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> _deals = new(StringComparer.Ordinal);

    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        if (silos.Length == 1)
            return Task.FromResult(silos[0]);
        var deal = _deals.GetOrAdd(string.Join(",", silos.Select(s => s.ToParsableString())), _ => Deal(silos.Length));
        var jurisdiction = target.GrainIdentity.Key.ToString()!;
        // A key the catalog lacks fails in the grain's activation; place it anywhere.
        return Task.FromResult(silos[deal.TryGetValue(jurisdiction, out var silo) ? silo : Random.Shared.Next(silos.Length)]);
    }

    private Dictionary<string, int> Deal(int silos)
    {
        var load = new long[silos];
        var deal = new Dictionary<string, int>(StringComparer.Ordinal);
        var byPairs = views.Catalog.Jurisdictions
            .Select(j => (j.Id, Pairs: views.PairsOf[j.Id].Count))
            .OrderByDescending(j => j.Pairs)
            .ThenBy(j => j.Id, StringComparer.Ordinal);
        foreach (var (id, pairs) in byPairs)
        {
            var least = 0;
            for (var s = 1; s < silos; s++)
            {
                if (load[s] < load[least])
                    least = s;
            }

            deal[id] = least;
            // A jurisdiction without pairs still costs a rollup: count it as one, so they spread too.
            load[least] += Math.Max(1, pairs);
        }

        return deal;
    }
}
