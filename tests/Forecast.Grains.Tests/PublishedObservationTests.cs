using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Views;
using Orleans.TestingHost;

namespace Forecast.Grains.Tests;

/// <summary>
/// The catalog's published figures reach the pairs, a run's snapshot and the model with their status, period, page
/// and quote, like the seed figures do; a superseded one is kept and marked. SYNTHETIC catalog, example.org sources.
/// </summary>
public sealed class PublishedObservationTests : IAsyncLifetime
{
    private const string Pair = "east/basic-pension";
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = Shipped.Cluster(silos: 2, catalog: SyntheticCatalog.TwoDistricts(observations: SyntheticCatalog.EastPensionEstimateThenFinal));
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task A_pair_answers_its_published_figures_the_superseded_one_kept_and_marked()
    {
        var observations = await _cluster.Client.GetGrain<IIndicatorGrain>(Pair).GetObservations();

        Assert.Equal(["estimated", "final"], observations.Select(o => o.Status));
        Assert.Equal("https://example.org/east-bulletin", observations[0].SupersededBy);
        Assert.Null(observations[1].SupersededBy);
        Assert.Equal(("stock", "https://example.org/east-bulletin", "基础养老金最低标准提高到131元", "data/observations/synthetic.csv:3"),
            (observations[1].Period, observations[1].SourceUrl, observations[1].Evidence, observations[1].Origin));
    }

    [Fact]
    public async Task A_run_forecasts_from_the_published_figures_and_its_result_shows_them_with_status_and_source()
    {
        var result = await Runs.RunToEnd(_cluster.Client, Runs.Scenario(seed: 3, paths: 500, id: "published"));

        var forecast = result.Pairs.Single(p => p.Definition.Pair == Pair);
        Assert.Equal([("estimated", "https://example.org/east-work-report"), ("final", "https://example.org/east-bulletin")],
            forecast.Observations.Select(o => (o.Status, o.SourceUrl)));
        Assert.Contains(forecast.Points, p => p is { Year: 2023, Value: 131, Basis: "observed" });
        Assert.Empty(result.Pairs.Single(p => p.Definition.Pair == "west/basic-pension").Observations);
    }

    [Fact]
    public void A_published_figure_changes_its_pairs_definition_hash_and_no_other()
    {
        var without = new CatalogViews(SyntheticCatalog.TwoDistricts());
        var with = new CatalogViews(SyntheticCatalog.TwoDistricts(observations: SyntheticCatalog.EastPensionEstimateThenFinal));

        Assert.NotEqual(without.DefinitionHashOf(Pair), with.DefinitionHashOf(Pair));
        Assert.Equal(without.DefinitionHashOf("west/basic-pension"), with.DefinitionHashOf("west/basic-pension"));
    }

    [Fact]
    public void The_model_is_given_each_figures_status_period_page_quote_and_publication_date()
    {
        var catalog = SyntheticCatalog.TwoDistricts(observations: SyntheticCatalog.EastPensionEstimateThenFinal);
        var final = catalog.Observations[1];

        var point = ObservationViews.ToPoint(ObservationViews.ToView(final));

        Assert.Equal((2023, 131.0, Forecast.Model.PointBasis.Observed), (point.Year, point.Value, point.Basis));
        Assert.Equal((ObservationStatus.Final, ObservationPeriod.Stock, new PublicationDate(2024, 3, 20)), (point.Status, point.Period, point.Published));
        Assert.Equal(("https://example.org/east-bulletin", "基础养老金最低标准提高到131元"), (point.SourceUrl, point.Evidence));
        Assert.False(point.Superseded);
    }
}
