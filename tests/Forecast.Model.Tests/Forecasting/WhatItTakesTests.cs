using Forecast.Catalog;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;
using Forecast.Model.Tests.Simulation;
using MathNet.Numerics.Distributions;

namespace Forecast.Model.Tests.Forecasting;

public sealed class WhatItTakesTests
{
    private const double OnTrack = 0.8;

    [Theory]
    [InlineData(0.05, 0.0)]
    [InlineData(0.04, 0.03)]
    public void The_pace_a_log_normal_level_needs_for_P_meet_0_8_is_the_closed_form(double yearly, double persistent)
    {
        // ln value at the goal year ~ N(ln S + n·c, n·σy² + n²·σp²): P(meet) = 0.8 where n·c = ln(T/S) + z0.8·√(n·σy² + n²·σp²).
        const double start = 100, target = 118;
        const int years = 3;
        var model = Models.LogNormalLevel(start, Math.Log(1.03), yearly, years, target) with { Persistent = persistent };
        var sigma = Math.Sqrt((years * yearly * yearly) + (years * years * persistent * persistent));
        var closedForm = (Math.Log(target / start) + (Normal.InvCDF(0, 1, OnTrack) * sigma)) / years;

        var solved = PaceSolver.Solve(PaceFrame.ForModel(model), [], seed: 11, paths: 100_000, OnTrack);

        // The solve finds the paths' own 80th percentile: its Monte Carlo error is √(p(1−p)/N)/φ(z)·σ/n.
        var error = Math.Sqrt(OnTrack * (1 - OnTrack) / 100_000) / Normal.PDF(0, 1, Normal.InvCDF(0, 1, OnTrack)) * sigma / years;
        Assert.NotNull(solved);
        Assert.InRange(solved.Value, closedForm - (4 * error), closedForm + (4 * error));
    }

    [Fact]
    public void A_target_met_from_below_needs_a_fall_given_by_the_closed_form()
    {
        const double start = 6, target = 5.5, yearly = 0.05;
        const int years = 2;
        var model = Models.LogNormalLevel(start, -0.01, yearly, years, target, meetsAbove: false);
        var closedForm = (Math.Log(target / start) - (Normal.InvCDF(0, 1, OnTrack) * yearly * Math.Sqrt(years))) / years;

        var required = PaceSolver.Required(PaceFrame.ForModel(model), [], seed: 3, paths: 10_000, OnTrack)!;

        Assert.Equal(PaceMeasure.PercentPerYear, required.Measure);
        Assert.InRange(required.Needed!.Value, (100 * double.ExpM1(closedForm)) - 0.3, (100 * double.ExpM1(closedForm)) + 0.3);
        Assert.True(required.Ratio > 1, $"a fall of {required.Needed:0.00} %/yr against an assumed {required.Assumed:0.00} %/yr is a ratio above 1");
    }

    [Fact]
    public void The_solve_is_the_same_number_every_time_and_its_paths_are_on_track()
    {
        var model = Models.LogNormalFlows(17_000, Math.Log(16_000), 0.2, 2, 51_000);
        var frame = PaceFrame.ForModel(model, "人");

        var first = PaceSolver.Solve(frame, [], 5, 10_000, OnTrack)!.Value;
        var second = PaceSolver.Solve(frame, [], 5, 10_000, OnTrack)!.Value;

        Assert.Equal(first, second);
        Assert.True(Models.Run(frame.At(first), 10_000, seed: 5).PMeet >= OnTrack);
        Assert.True(Models.Run(frame.At(first - 1e-3), 10_000, seed: 5).PMeet < OnTrack, "a slightly slower pace is no longer on track");
    }

    [Fact]
    public void Every_forecast_of_the_shipped_catalog_says_what_it_takes_and_no_other_pair_does()
    {
        var run = Shipped.Run(new ForecastSettings(2025));

        foreach (var pair in run.Pairs)
        {
            if (pair.Flag == ForecastFlag.InsufficientData || pair.Simulation is { StandardError: 0, Fan.Count: 0 })
                Assert.Null(pair.WhatItTakes);
            else
                Assert.NotNull(pair.WhatItTakes);
        }

        Assert.Contains(run.Pairs, p => p.WhatItTakes is { Needed: not null, Ratio: > 1 });
    }

    [Fact]
    public void A_what_if_at_the_pace_it_takes_is_on_track_and_one_with_nothing_changed_is_the_forecast()
    {
        var prepared = Forecaster.Prepare(Shipped.Catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), Shipped.Priors, new ForecastSettings(2025));
        var simulation = new SimulationOptions { Seed = 1, Paths = 10_000, Quantiles = true };
        var run = prepared.Run(simulation);
        var pair = run.Pairs.First(p => p.Flag == ForecastFlag.LikelyMissed && p.WhatItTakes is { Needed: not null });

        var unchanged = prepared.WhatIf(pair.Pair, new WhatIfAssumption(), simulation);
        var atRequired = prepared.WhatIf(pair.Pair, new WhatIfAssumption(Pace: pair.WhatItTakes!.Needed), simulation);

        Assert.Equal(pair.PMeet, unchanged.Simulation!.PMeet);
        Assert.True(atRequired.Simulation!.PMeet >= OnTrack - 1e-9, $"P(meet) {atRequired.Simulation.PMeet} at {pair.WhatItTakes.Needed} for {pair.Pair}");
        Assert.Equal(ForecastFlag.OnTrack, atRequired.Flag);
    }

    [Fact]
    public void A_wider_spread_moves_P_meet_toward_one_half()
    {
        var prepared = Forecaster.Prepare(Shipped.Catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), Shipped.Priors, new ForecastSettings(2025));
        var simulation = new SimulationOptions { Seed = 1, Paths = 10_000, Quantiles = true };
        var pair = prepared.Run(simulation).Pairs.First(p => p.PMeet is < 0.2 and > 0 && p.WhatItTakes is not null);

        var wider = prepared.WhatIf(pair.Pair, new WhatIfAssumption(SpreadScale: 3), simulation);

        Assert.True(wider.Simulation!.PMeet > pair.PMeet, $"{pair.Pair}: {pair.PMeet} → {wider.Simulation.PMeet}");
    }

    [Fact]
    public void A_what_if_on_a_pair_with_no_forecast_says_why_and_simulates_nothing()
    {
        var prepared = Forecaster.Prepare(Shipped.Catalog, new Dictionary<PairId, IReadOnlyList<DataPoint>>(), Shipped.Priors, new ForecastSettings(2025));
        var simulation = new SimulationOptions { Seed = 1, Paths = 1_000, Quantiles = true };
        var pair = prepared.Run(simulation).Pairs.First(p => p.Flag == ForecastFlag.InsufficientData);

        var outcome = prepared.WhatIf(pair.Pair, new WhatIfAssumption(Pace: 10), simulation);

        Assert.Null(outcome.Simulation);
        Assert.Equal("insufficient-data", outcome.NoForecast);
    }
}
