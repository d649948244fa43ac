using Forecast.Catalog;
using Forecast.Model.Forecasting;
using MathNet.Numerics.Distributions;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>Fulfilment (realised = plan × R) re-estimated per class from the recorded plan-vs-outcome years.</summary>
public sealed class FulfilmentEstimateTests
{
    private const string Pipes = "shenyang/heating-pipes-replaced";

    [Fact]
    public void With_no_recorded_year_of_a_planned_amount_the_fulfilment_priors_stand()
    {
        var classes = Forecaster.Prepare(Shipped.Catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), Shipped.Priors, new ForecastSettings(2023)).Fulfilment;

        Assert.All(classes, c => Assert.Empty(c.Years));
        Assert.All(classes, c => Assert.Equal(c.Prior, c.Estimate));
    }

    [Fact]
    public void Amounts_recorded_below_plan_pull_the_class_median_down_by_their_weight_against_the_prior()
    {
        var observations = DeliveredAt(0.6, out var years);

        var delivered = Forecaster.Prepare(Shipped.Catalog, observations, Shipped.Priors, new ForecastSettings(2023)).Fulfilment.Single(c => c.Prior.Name == "delivered");

        // ln R's mean moves from the prior's 0 toward ln 0.6 by n ÷ (strength + n).
        var strength = Shipped.Priors.Delivered.Strength;
        Assert.Equal(years, delivered.Years.Count);
        Assert.Equal(Math.Exp(years * Math.Log(0.6) / (strength + years)), delivered.Estimate.Centre, 6);
    }

    [Fact]
    public void Amounts_recorded_more_scattered_than_the_prior_allows_widen_the_class_spreads()
    {
        // Half at 45 % of plan, half at 120 %: ln R spreads by about 0.49, against the prior's 0.18.
        var observations = DeliveredAt(0.45, out _);
        var i = 0;
        foreach (var pair in observations.Keys.ToList())
        {
            if (i++ % 2 == 0)
                observations[pair] = [observations[pair][0] with { Value = observations[pair][0].Value / 0.45 * 1.2 }];
        }

        var delivered = Forecaster.Prepare(Shipped.Catalog, observations, Shipped.Priors, new ForecastSettings(2023)).Fulfilment.Single(c => c.Prior.Name == "delivered");

        Assert.True(delivered.Estimate.Scale > 1.5 * delivered.Prior.Scale, $"scale {delivered.Estimate.Scale}");
    }

    [Fact]
    public void A_total_forecast_from_its_plan_moves_with_the_class_median_the_outcomes_re_estimate()
    {
        var observations = DeliveredAt(0.6, out _);

        var before = Shipped.Run(paths: 20_000, pairs: Pipes).Pairs.Single();
        var after = Shipped.Run(observations: observations, paths: 20_000, pairs: Pipes).Pairs.Single();

        Assert.Equal(ForecastBasis.Planned, after.Basis);
        Assert.True(after.PMeet < before.PMeet - 0.2, $"{before.PMeet} → {after.PMeet}");
        Assert.Contains("re-estimated from", after.Reason.En);
    }

    [Fact]
    public void A_pairs_own_recorded_year_is_left_out_of_the_estimate_it_is_forecast_with()
    {
        // The only recorded year is the pair's own: the class it is forecast with is the prior.
        var pipes = PairId.Parse(Pipes);
        var planned = Shipped.Catalog.FiguresOf(pipes).First(f => f.Role == FigureRole.Commitment && f.Year == 2023);
        var observations = new Dictionary<PairId, IReadOnlyList<DataPoint>> { [pipes] = [new DataPoint(2023, planned.Value * 0.5, PointBasis.Observed, "SYNTHETIC test observation")] };
        var context = new PlanningContext(Shipped.Catalog, observations, Shipped.Priors, new ForecastSettings(2023));

        Assert.Single(context.Fulfilments.Years);
        Assert.Equal(Shipped.Priors.Delivered, context.Fulfilments.Estimate(Shipped.Priors.Delivered, pipes));
        Assert.NotEqual(Shipped.Priors.Delivered, context.Fulfilments.Estimate(Shipped.Priors.Delivered));
    }

    [Fact]
    public void Many_recorded_years_recover_the_median_and_spread_they_were_drawn_from()
    {
        // SYNTHETIC truth: 2,000 years whose ln R is normal around ln 0.8 with spread 0.3, far from the prior's 1 and 0.18.
        var logRatios = Normal.Samples(new System.Random(7), Math.Log(0.8), 0.3).Take(2_000).ToArray();
        var prior = Shipped.Priors.Delivered;

        var estimate = FulfilmentEvidence.Update(prior, 0.18, logRatios);

        Assert.InRange(estimate.Centre, 0.78, 0.82);
        Assert.InRange(estimate.Scale * 0.18 / prior.Scale, 0.28, 0.32);
    }

    [Fact]
    public void Two_recorded_years_move_the_estimate_only_as_far_as_their_weight_against_the_prior()
    {
        var prior = Shipped.Priors.Delivered;

        var estimate = FulfilmentEvidence.Update(prior, 0.18, [Math.Log(0.5), Math.Log(0.5)]);

        Assert.Equal(Math.Exp(2 * Math.Log(0.5) / (prior.Strength + 2)), estimate.Centre, 9);
        Assert.InRange(estimate.Centre, 0.85, 0.95);
    }

    /// <summary>SYNTHETIC outcomes: every delivered one-year commitment of 2023 but the pipes' recorded at <paramref name="ratio"/> of its plan.</summary>
    private static Dictionary<PairId, IReadOnlyList<DataPoint>> DeliveredAt(double ratio, out int years)
    {
        var observations = new Dictionary<PairId, IReadOnlyList<DataPoint>>();
        foreach (var pair in Shipped.Catalog.Pairs.Where(p => p.ToString() != Pipes))
        {
            var indicator = Shipped.Catalog.Indicator(pair.Indicator);
            if (!indicator.IsFlow || Shipped.Priors.ClassOf(indicator).Name != "delivered")
                continue;
            if (Shipped.Catalog.FiguresOf(pair).FirstOrDefault(f => f.Role == FigureRole.Commitment && f.Year == 2023 && f.FromYear is null && f.Value > 0) is { } planned)
                observations[pair] = [new DataPoint(2023, planned.Value * ratio, PointBasis.Observed, "SYNTHETIC test observation")];
        }

        years = observations.Count;
        return observations;
    }
}
