using Forecast.Model.Calibration;
using Xunit.Abstractions;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>Probabilities are claims: on SYNTHETIC truth, pairs given P ≈ p meet their goal at rate p.</summary>
public sealed class CalibrationTests(ITestOutputHelper output)
{
    private static readonly Lazy<SyntheticCalibrationResult> Result = new(() => SyntheticCalibration.Run(Shipped.Priors, pairs: 20_000, seed: 17, paths: 2_000));

    [Fact]
    public void In_every_band_of_P_the_share_met_on_synthetic_truth_is_within_5_points_of_the_mean_P()
    {
        var table = Result.Value.Model;
        foreach (var band in table.Bands)
            output.WriteLine($"{band.From:0.0}–{band.To:0.0}: n {band.Count,5}  mean P {band.MeanP:0.000}  met {band.ShareMet:0.000}");
        output.WriteLine($"Brier {table.Brier:0.0000}, log score {table.LogScore:0.0000}; {Result.Value.Process}");

        Assert.Equal(20_000, table.Count);
        Assert.All(table.Bands.Where(b => b.Count >= 200), b => Assert.InRange(b.ShareMet, b.MeanP - 0.05, b.MeanP + 0.05));
        Assert.True(table.Bands.Count(b => b.Count >= 200) >= 8, "the synthetic plans spread P over most bands");
    }

    [Fact]
    public void The_model_scores_better_than_the_plan_is_always_met_the_growth_category_and_a_coin_flip()
    {
        var result = Result.Value;
        output.WriteLine($"Brier: model {result.Model.Brier:0.0000}, plan always met {result.BrierPlanAlwaysMet:0.0000}, growth category {result.BrierCategory:0.0000}, coin flip {result.BrierCoinFlip:0.0000}");

        Assert.True(result.Model.Brier < result.BrierPlanAlwaysMet);
        Assert.True(result.Model.Brier < result.BrierCategory);
        Assert.True(result.Model.Brier < result.BrierCoinFlip);
    }
}
