using System.Net;
using System.Net.Http.Json;
using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Forecast.Contracts;
using Forecast.Server.Api;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class PairEndpointTests(ServerFixture server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.StartupRunCompleted();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_pair_shows_every_seed_figure_with_its_clause_and_evidence()
    {
        var detail = await server.Http.GetFromJsonAsync<PairDetail>("/api/pairs/zhenxing/new-urban-jobs");

        var figures = ShippedCatalog.Catalog.FiguresOf(new PairId("zhenxing", "new-urban-jobs"));
        Assert.Equal(figures.Count, detail!.Definition.Figures.Count);
        Assert.All(detail.Definition.Figures, f => Assert.Contains(figures, c => c.Source.Clause == f.Source.Clause && c.Source.Evidence == f.Source.Evidence && c.Value == f.Value));
    }

    [Fact]
    public async Task A_forecast_has_ordered_quantiles_a_probability_and_a_reason_in_both_languages()
    {
        var forecast = await server.Http.GetFromJsonAsync<PairForecastView>("/api/pairs/zhenxing/new-urban-jobs/forecast");

        Assert.NotNull(forecast);
        Assert.NotEmpty(forecast.Fan);
        Assert.All(forecast.Fan, b => Assert.True(b.P5 <= b.P25 && b.P25 <= b.P50 && b.P50 <= b.P75 && b.P75 <= b.P95));
        Assert.InRange(forecast.PMeet!.Value, 0, 1);
        Assert.NotEmpty(forecast.ReasonZh);
        Assert.NotEmpty(forecast.ReasonEn);
        Assert.Equal("001_f8a4ce216461a9f9.txt", forecast.Goal.Source.Seed);
    }

    [Fact]
    public async Task A_forecast_says_what_was_fitted_in_chinese_as_well_as_english()
    {
        var forecast = await server.Http.GetFromJsonAsync<PairForecastView>("/api/pairs/zhenxing/new-urban-jobs/forecast");

        Assert.False(string.IsNullOrEmpty(forecast!.FitDescription));
        Assert.False(string.IsNullOrEmpty(forecast.FitDescriptionZh));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", forecast.FitDescriptionZh);
        Assert.NotEqual(forecast.FitDescription, forecast.FitDescriptionZh);
    }

    [Fact]
    public async Task A_pair_outside_the_catalog_is_404()
    {
        var response = await server.Http.GetAsync("/api/pairs/zhenxing/moon-landings/forecast");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_forecast_of_a_scenario_nobody_ran_is_404()
    {
        var response = await server.Http.GetAsync("/api/pairs/zhenxing/new-urban-jobs/forecast?scenario=never-run");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
