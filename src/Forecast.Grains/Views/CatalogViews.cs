using System.Collections.Frozen;
using Forecast.Catalog;
using Forecast.Contracts;

namespace Forecast.Grains.Views;

/// <summary>
/// The catalog's answers as messages, built once per silo: definitions never change while a silo runs, so every grain
/// and every run shares one immutable instance instead of rebuilding (and re-serialising) them per call.
/// </summary>
public sealed class CatalogViews
{
    private readonly FrozenDictionary<string, PairDefinition> _definitions;
    private readonly FrozenDictionary<string, string> _definitionHashes;
    private readonly FrozenDictionary<string, IReadOnlyList<ObservationView>> _published;

    public CatalogViews(ForecastCatalog catalog)
    {
        Catalog = catalog;
        var definitions = catalog.Pairs.ToDictionary(p => p.ToString(), p => Define(catalog, p), StringComparer.Ordinal);
        _definitions = definitions.ToFrozenDictionary(StringComparer.Ordinal);
        _published = catalog.Observations
            .GroupBy(o => o.Pair.ToString(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ObservationView>)g.Select(ObservationViews.ToView).ToList(), StringComparer.Ordinal);
        _definitionHashes = definitions.ToFrozenDictionary(d => d.Key, d => DefinitionHash.Of(d.Value, PublishedOf(d.Key)), StringComparer.Ordinal);
        PairsOf = catalog.Jurisdictions.ToFrozenDictionary(
            j => j.Id,
            j => (IReadOnlyList<string>)catalog.PairsOf(j.Id).Select(p => p.ToString()).ToList(),
            StringComparer.Ordinal);
    }

    public ForecastCatalog Catalog { get; }

    /// <summary>Each jurisdiction's own pairs, in catalog order.</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> PairsOf { get; }

    public bool TryGetDefinition(string pair, out PairDefinition definition) => _definitions.TryGetValue(pair, out definition!);

    /// <summary>The catalog's published figures for a pair, in file order (superseded ones kept, not yet marked: see <see cref="Observations.PairObservations"/>).</summary>
    public IReadOnlyList<ObservationView> PublishedOf(string pair) => _published.TryGetValue(pair, out var published) ? published : [];

    /// <summary>The content hash of a pair's definition: it changes when any of its figures, sources, published figures or its indicator change.</summary>
    public string DefinitionHashOf(string pair) => _definitionHashes[pair];

    public static FigureView ToView(Figure figure) => new(
        figure.Role.ToString().ToLowerInvariant(),
        figure.Year,
        figure.FromYear,
        figure.Value,
        figure.Comparator.ToSymbol(),
        new SourceView(figure.Source.Seed, figure.Source.Clause, figure.Source.Evidence),
        figure.Note);

    private static PairDefinition Define(ForecastCatalog catalog, PairId pair)
    {
        var indicator = catalog.Indicator(pair.Indicator);
        return new PairDefinition(
            pair.ToString(),
            pair.Jurisdiction,
            pair.Indicator,
            indicator.NameZh,
            indicator.NameEn,
            indicator.Domain,
            indicator.Unit,
            indicator.Kind.ToString().ToLowerInvariant(),
            indicator.Direction.ToString().ToLowerInvariant(),
            indicator.Bound,
            indicator.Additive,
            catalog.FiguresOf(pair).Select(ToView).ToList());
    }
}
