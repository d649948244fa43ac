using Forecast.Catalog.Tests;
using Forecast.Contracts;

namespace Forecast.Grains.Tests;

[Collection(SharedCluster.Name)]
public sealed class JurisdictionGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Walking_the_grains_from_china_visits_the_catalogs_tree()
    {
        var catalog = ShippedCatalog.Catalog;
        var visited = new List<string>();
        var queue = new Queue<string>(["china"]);
        while (queue.TryDequeue(out var id))
        {
            var view = await fixture.Grains.GetGrain<IJurisdictionGrain>(id).GetView();
            visited.Add(view.Id);
            Assert.Equal(catalog.Children(id).Select(c => c.Id), view.Children);
            foreach (var child in view.Children)
                queue.Enqueue(child);
        }

        Assert.Equal(catalog.Subtree("china").Select(j => j.Id), visited);
    }

    [Fact]
    public async Task Zhenxing_sits_under_dandong_with_its_own_pairs()
    {
        var view = await fixture.Grains.GetGrain<IJurisdictionGrain>("zhenxing").GetView();

        Assert.Equal("dandong", view.ParentId);
        Assert.Equal("振兴区", view.NameZh);
        Assert.Equal("district", view.Level);
        Assert.Equal(ShippedCatalog.Catalog.PairsOf("zhenxing").Count(), view.Pairs);
        Assert.True(view.Pairs > 0);
    }

    [Fact]
    public async Task An_unknown_jurisdiction_is_refused()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => fixture.Grains.GetGrain<IJurisdictionGrain>("atlantis").GetView());

        Assert.Contains("Unknown jurisdiction 'atlantis'", error.ToString(), StringComparison.Ordinal);
    }
}
