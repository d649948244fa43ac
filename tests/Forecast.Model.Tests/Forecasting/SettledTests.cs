using Forecast.Catalog;
using Forecast.Model.Forecasting;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>A goal whose year has a final recorded figure is settled: met or missed, by how much, with its source.</summary>
public sealed class SettledTests
{
    private const string Pair = "dandong/rural-waste-harmless-treatment-rate"; // 2023 commitment: at least 70 %

    [Fact]
    public void A_final_figure_short_of_the_goal_settles_it_as_missed_with_no_probability()
    {
        var forecast = Shipped.Run(new ForecastSettings(2025), Shipped.Observations(Pair, (2023, 65)), pairs: Pair).Pairs.Single();

        Assert.Equal(ForecastFlag.Missed, forecast.Flag);
        Assert.Null(forecast.PMeet);
        Assert.Equal(65, forecast.Outcome!.Value);
        Assert.StartsWith("missed: ", forecast.Reason.En);
        Assert.Contains("short by 5", forecast.Reason.En);
        Assert.Contains("test observation", forecast.Reason.En);
    }

    [Fact]
    public void A_final_figure_that_meets_the_goal_settles_it_as_met_with_no_probability()
    {
        var forecast = Shipped.Run(new ForecastSettings(2025), Shipped.Observations(Pair, (2023, 72)), pairs: Pair).Pairs.Single();

        Assert.Equal(ForecastFlag.Met, forecast.Flag);
        Assert.Null(forecast.PMeet);
        Assert.True(forecast.Settled);
    }

    [Fact]
    public void An_estimated_figure_for_the_goal_year_narrows_the_forecast_and_settles_nothing()
    {
        var estimated = new Dictionary<PairId, IReadOnlyList<DataPoint>>
        {
            [PairId.Parse(Pair)] = [new DataPoint(2023, 65, PointBasis.Observed, "test observation") { Status = ObservationStatus.Estimated }],
        };

        var forecast = Shipped.Run(new ForecastSettings(2025), estimated, pairs: Pair).Pairs.Single();

        Assert.False(forecast.Settled);
        Assert.NotNull(forecast.PMeet);
        Assert.NotEqual(ForecastFlag.Met, forecast.Flag);
        Assert.NotEqual(ForecastFlag.Missed, forecast.Flag);
    }

    [Fact]
    public void A_figure_recorded_after_the_as_of_year_settles_nothing()
    {
        var forecast = Shipped.Run(new ForecastSettings(2022), Shipped.Observations(Pair, (2023, 65)), pairs: Pair).Pairs.Single();

        Assert.False(forecast.Settled);
        Assert.NotNull(forecast.PMeet);
    }
}
