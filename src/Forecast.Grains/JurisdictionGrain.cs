using Forecast.Catalog;
using Forecast.Contracts;

namespace Forecast.Grains;

/// <summary>A jurisdiction node, answered from the catalog every silo loads at start.</summary>
public sealed class JurisdictionGrain(ForecastCatalog catalog) : Grain, IJurisdictionGrain
{
    private JurisdictionView? _view;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var id = this.GetPrimaryKeyString();
        if (!catalog.TryGetJurisdiction(id, out var jurisdiction))
            throw new ArgumentException($"Unknown jurisdiction '{id}'.");

        _view = new JurisdictionView(
            jurisdiction.Id,
            jurisdiction.ParentId,
            jurisdiction.Level.ToString().ToLowerInvariant(),
            jurisdiction.NameZh,
            jurisdiction.NameEn,
            catalog.Children(id).Select(c => c.Id).ToList(),
            catalog.PairsOf(id).Count(),
            catalog.Qualitative.Count(q => q.Jurisdiction == id));
        return Task.CompletedTask;
    }

    public Task<JurisdictionView> GetView() => Task.FromResult(_view!);
}
