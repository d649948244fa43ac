using Forecast.Catalog;
using Forecast.Contracts;

namespace Forecast.Server.Api;

/// <summary>
/// The jurisdiction tree of the catalog with each node's counts, built once: a scenario's tree only adds its lights,
/// and a scenario with no run is answered with the tree as it is, without asking a grain.
/// </summary>
public sealed class CatalogTree(ForecastCatalog catalog)
{
    private readonly Lazy<TreeNode> _bare = new(() => Build(catalog, catalog.Root));

    /// <summary>Every node without lights.</summary>
    public TreeNode Bare => _bare.Value;

    /// <summary>The tree with each node's lights from <paramref name="rollups"/> (none where a node has no rollup).</summary>
    public TreeNode With(IReadOnlyDictionary<string, RollupView?> rollups) => Apply(Bare, rollups);

    private static TreeNode Apply(TreeNode node, IReadOnlyDictionary<string, RollupView?> rollups)
    {
        var rollup = rollups.GetValueOrDefault(node.Id);
        return node with
        {
            Flags = rollup?.Flags,
            ExpectedMet = rollup?.ExpectedMet,
            Assessed = rollup?.Assessed,
            Children = node.Children.Select(c => Apply(c, rollups)).ToList(),
        };
    }

    private static TreeNode Build(ForecastCatalog catalog, Jurisdiction jurisdiction) => new(
        jurisdiction.Id,
        jurisdiction.Level.ToString().ToLowerInvariant(),
        jurisdiction.NameZh,
        jurisdiction.NameEn,
        catalog.PairsOf(jurisdiction.Id).Count(),
        catalog.Qualitative.Count(q => q.Jurisdiction == jurisdiction.Id),
        null,
        null,
        null,
        catalog.Children(jurisdiction.Id).Select(c => Build(catalog, c)).ToList());
}
