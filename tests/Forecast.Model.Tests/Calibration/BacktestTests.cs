using Forecast.Catalog;
using Forecast.Model.Calibration;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;
using Forecast.Model.Tests.Forecasting;

namespace Forecast.Model.Tests.Calibration;

/// <summary>The backtest: the run a past cutoff would have given, scored on the outcomes recorded after it.</summary>
public sealed class BacktestTests
{
    private const string Waste = "dandong/rural-waste-harmless-treatment-rate"; // 2023 commitment: at least 70 %
    private const string Clinics = "shenyang/clinical-key-specialties-new"; // 2023 commitment: at least 100

    private static readonly SimulationOptions Simulation = new() { Seed = 7, Paths = 2_000 };

    private static BacktestResult Run(Dictionary<PairId, IReadOnlyList<DataPoint>> observations, int cutoff) =>
        Backtest.Run(Shipped.Catalog, observations, Shipped.Priors, new ForecastSettings(2025), Simulation, cutoff);

    private static Dictionary<PairId, IReadOnlyList<DataPoint>> Recorded(params (string Pair, int Year, double Value, ObservationStatus Status)[] rows) =>
        rows.GroupBy(r => PairId.Parse(r.Pair)).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<DataPoint>)g.Select(r => new DataPoint(r.Year, r.Value, PointBasis.Observed, $"test {r.Pair} {r.Year}") { Status = r.Status }).ToList());

    [Fact]
    public void A_commitment_whose_outcome_was_recorded_after_the_cutoff_is_scored_with_the_probability_given_before_it()
    {
        var result = Run(Recorded((Waste, 2023, 65, ObservationStatus.Final), (Clinics, 2023, 120, ObservationStatus.Final)), cutoff: 2022);

        var waste = Assert.Single(result.Goals, g => g.Pair == PairId.Parse(Waste));
        var clinics = Assert.Single(result.Goals, g => g.Pair == PairId.Parse(Clinics));
        Assert.False(waste.Met);
        Assert.True(clinics.Met);
        Assert.InRange(waste.PMeet, 0.01, 0.99);
        Assert.Equal(65, waste.Outcome.Value);
    }

    [Fact]
    public void An_outcome_recorded_by_the_cutoff_is_not_scored()
    {
        var result = Run(Recorded((Waste, 2023, 65, ObservationStatus.Final)), cutoff: 2023);

        Assert.DoesNotContain(result.Goals, g => g.Pair == PairId.Parse(Waste));
    }

    [Fact]
    public void A_backtest_ignores_figures_recorded_after_its_cutoff()
    {
        var without = Run(Recorded((Waste, 2023, 65, ObservationStatus.Final), (Clinics, 2023, 120, ObservationStatus.Final)), cutoff: 2022);
        var with = Run(Recorded((Waste, 2023, 65, ObservationStatus.Final), (Clinics, 2023, 120, ObservationStatus.Final), (Waste, 2024, 90, ObservationStatus.Estimated), ("dandong/good-air-day-ratio", 2024, 95, ObservationStatus.Estimated)), cutoff: 2022);

        Assert.Equal(without.Goals.Select(g => (g.Pair, g.Goal.Year, g.PMeet, g.Met, g.P5, g.P95)), with.Goals.Select(g => (g.Pair, g.Goal.Year, g.PMeet, g.Met, g.P5, g.P95)));
        Assert.Equal(without.Model.Brier, with.Model.Brier);
    }

    [Fact]
    public void The_plan_always_met_rule_scores_the_share_of_goals_missed()
    {
        var result = Run(Recorded((Waste, 2023, 65, ObservationStatus.Final), (Clinics, 2023, 120, ObservationStatus.Final)), cutoff: 2022);

        var missed = result.Goals.Count(g => !g.Met) / (double)result.Goals.Count;
        Assert.Equal(missed, result.Rules.Single(r => r.Rule == "the plan is always met").Brier, 12);
    }
}
