namespace Forecast.Catalog;

/// <summary>
/// The loaded, validated catalog. Immutable; built only by <see cref="CatalogLoader"/>, so a value of this type is
/// always a catalog that passed every check.
/// </summary>
public sealed class ForecastCatalog
{
    private readonly Dictionary<string, Jurisdiction> _jurisdictions;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly ILookup<string, Jurisdiction> _children;
    private readonly Dictionary<PairId, IReadOnlyList<Figure>> _figuresByPair;
    private readonly ILookup<string, PairId> _pairsByJurisdiction;
    private readonly Dictionary<PairId, IReadOnlyList<PublishedObservation>> _observationsByPair;

    internal ForecastCatalog(
        IReadOnlyList<Jurisdiction> jurisdictions,
        IReadOnlyList<Indicator> indicators,
        IReadOnlyList<SeedDocument> seeds,
        IReadOnlyList<Figure> figures,
        IReadOnlyList<QualitativeItem> qualitative,
        IReadOnlyList<PublishedObservation> observations,
        string contentHash)
    {
        Jurisdictions = jurisdictions;
        Indicators = indicators;
        Seeds = seeds;
        Figures = figures;
        Qualitative = qualitative;
        ContentHash = contentHash;
        _jurisdictions = jurisdictions.ToDictionary(j => j.Id, StringComparer.Ordinal);
        _indicators = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _children = jurisdictions.Where(j => j.ParentId is not null).ToLookup(j => j.ParentId!, StringComparer.Ordinal);
        _figuresByPair = figures
            .GroupBy(f => f.Pair)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Figure>)g.OrderBy(f => f.Year).ThenBy(f => f.Role).ToList());
        Pairs = _figuresByPair.Keys
            .OrderBy(p => p.Jurisdiction, StringComparer.Ordinal)
            .ThenBy(p => p.Indicator, StringComparer.Ordinal)
            .ToList();
        _pairsByJurisdiction = Pairs.ToLookup(p => p.Jurisdiction, StringComparer.Ordinal);
        Observations = observations;
        _observationsByPair = observations.GroupBy(o => o.Pair).ToDictionary(g => g.Key, g => (IReadOnlyList<PublishedObservation>)g.OrderBy(o => o.Year).ToList());
        Lookups = new CatalogLookups(_jurisdictions, _indicators, _figuresByPair);
    }

    public IReadOnlyList<Jurisdiction> Jurisdictions { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<SeedDocument> Seeds { get; }

    public IReadOnlyList<Figure> Figures { get; }

    public IReadOnlyList<QualitativeItem> Qualitative { get; }

    /// <summary>Published figures recorded in <c>observations/</c>, in file and line order (superseded ones kept).</summary>
    public IReadOnlyList<PublishedObservation> Observations { get; }

    /// <summary>Every jurisdiction × indicator that has at least one figure, in a stable order.</summary>
    public IReadOnlyList<PairId> Pairs { get; }

    /// <summary>SHA-256 of every catalog file's bytes, so a changed catalog is detected and a report can name it.</summary>
    public string ContentHash { get; }

    public Jurisdiction Root => Jurisdictions.Single(j => j.ParentId is null);

    public Jurisdiction Jurisdiction(string id) =>
        _jurisdictions.TryGetValue(id, out var j) ? j : throw new KeyNotFoundException($"Unknown jurisdiction '{id}'.");

    public Indicator Indicator(string id) =>
        _indicators.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"Unknown indicator '{id}'.");

    public bool TryGetJurisdiction(string id, out Jurisdiction jurisdiction) => _jurisdictions.TryGetValue(id, out jurisdiction!);

    public bool TryGetIndicator(string id, out Indicator indicator) => _indicators.TryGetValue(id, out indicator!);

    public IEnumerable<Jurisdiction> Children(string jurisdictionId) => _children[jurisdictionId];

    /// <summary>The jurisdiction and everything below it, parents before children.</summary>
    public IEnumerable<Jurisdiction> Subtree(string jurisdictionId)
    {
        var queue = new Queue<Jurisdiction>([Jurisdiction(jurisdictionId)]);
        while (queue.TryDequeue(out var next))
        {
            yield return next;
            foreach (var child in Children(next.Id))
                queue.Enqueue(child);
        }
    }

    public IReadOnlyList<Figure> FiguresOf(PairId pair) => _figuresByPair.TryGetValue(pair, out var figures) ? figures : [];

    /// <summary>A pair's published figures, oldest year first (in file order within a year), superseded ones kept.</summary>
    public IReadOnlyList<PublishedObservation> ObservationsOf(PairId pair) =>
        _observationsByPair.TryGetValue(pair, out var observations) ? observations : [];

    /// <summary>The catalog by key, for checking rows read after it was loaded (an import) as the loader checked its own.</summary>
    internal CatalogLookups Lookups { get; }

    /// <summary>A jurisdiction's own pairs, in catalog order; looked up, since every run asks once per jurisdiction.</summary>
    public IEnumerable<PairId> PairsOf(string jurisdictionId) => _pairsByJurisdiction[jurisdictionId];
}
