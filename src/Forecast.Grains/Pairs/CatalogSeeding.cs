using Forecast.Grains.Runs;
using Forecast.Grains.Views;
using Microsoft.Extensions.Logging;

namespace Forecast.Grains.Pairs;

/// <summary>
/// Seeds every pair of the catalog when the silo starts: each pair grain compares the catalog's definition hash with
/// the one it stored and records a change, keeping its observations. The definition includes the catalog's published
/// figures (<c>data/observations/</c>) as it includes the seed figures: like them they are read from the catalog every
/// silo loads, never copied into storage, and reach a run's snapshot through the pairs' jurisdictions. Running it again, or on every silo of a cluster,
/// changes nothing once done: it is idempotent by the hash. A pair with nothing stored only holds the hash (its first
/// observation stores it), so seeding writes only pairs that have observations. Pairs also seed on activation, so a pair reached before
/// this task finishes is never stale.
/// </summary>
public sealed class CatalogSeeding(IGrainFactory grains, CatalogViews views, ILogger<CatalogSeeding> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var pairs = views.Catalog.Pairs.Select(p => p.ToString()).ToList();
        var changed = await Bounded.Select(pairs, PairsSeededAtOnce, p => grains.GetGrain<IPairSeeding>(p).Seed());
        logger.LogInformation("Catalog {Hash}: {Pairs} pairs seeded ({Published} published figures), {Changed} with a new or changed definition",
            views.Catalog.ContentHash[..12], pairs.Count, views.Catalog.Observations.Count, changed.Count(c => c));
    }

    /// <summary>
    /// Pairs seeded at once. Every pair at once (640 activations and storage reads) held a joining silo's thread pool
    /// for seconds on a loaded machine, and the silos joining with it got no answer to their connectivity probes, so
    /// they failed to start; a few at a time keeps the silo answering while it seeds.
    /// </summary>
    public const int PairsSeededAtOnce = 8;
}
