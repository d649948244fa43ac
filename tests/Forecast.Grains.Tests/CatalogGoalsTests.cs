using Forecast.Grains.Scenarios;
using Forecast.Grains.Views;

namespace Forecast.Grains.Tests;

public sealed class CatalogGoalsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Counts_each_jurisdictions_pairs_in_the_horizon_as_the_run_lists_them(int? horizon)
    {
        var scenario = Runs.Scenario() with { Horizon = horizon };
        var inputs = ScenarioInputs.From(scenario, Shipped.Catalog, Shipped.Priors);

        Assert.All(Shipped.Catalog.Jurisdictions, j =>
            Assert.Equal(inputs.PairsIn(Shipped.Catalog, j.Id).Count, CatalogGoals.CountBy(Shipped.Catalog, j.Id, horizon)));
    }

    [Fact]
    public void A_horizon_before_every_goal_counts_none()
    {
        Assert.All(Shipped.Catalog.Jurisdictions, j => Assert.Equal(0, CatalogGoals.CountBy(Shipped.Catalog, j.Id, 2000)));
    }
}
