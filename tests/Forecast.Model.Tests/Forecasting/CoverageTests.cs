using Forecast.Model.Forecasting;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>How many of the catalog's goals the plans alone let the model forecast, and what the rest lack.</summary>
public sealed class CoverageTests
{
    private static readonly Lazy<ForecastRun> OnPlansAlone = new(() => Shipped.Run(new ForecastSettings(2025), paths: 1_000));

    [Fact]
    public void At_least_60_percent_of_the_numeric_goals_get_a_forecast_on_the_plans_alone()
    {
        var pairs = OnPlansAlone.Value.Pairs;
        var forecast = pairs.Count(p => p.Basis != ForecastBasis.None);

        Assert.True(forecast >= 0.6 * pairs.Count, $"{forecast} of {pairs.Count} goals forecast");
        Assert.DoesNotContain(pairs, p => p.Basis == ForecastBasis.Observed);
    }

    [Fact]
    public void Every_goal_without_a_forecast_names_the_single_figure_that_would_decide_it()
    {
        var without = OnPlansAlone.Value.Pairs.Where(p => p.Basis == ForecastBasis.None).ToList();

        Assert.NotEmpty(without);
        Assert.All(without, p =>
        {
            Assert.Null(p.PMeet);
            Assert.Contains("the single figure that would decide it", p.Reason.En);
            Assert.Contains("决定它的单个数据", p.Reason.Zh);
        });
    }
}
