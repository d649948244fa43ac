using Forecast.Contracts;
using MathNet.Numerics.Distributions;

namespace Forecast.Grains.Tests;

/// <summary>
/// Two pairs with the same commitment (SYNTHETIC catalog), each met when its one-year draw exceeds the same threshold:
/// P(meet) = Φ((ln 119 + ln 1.1 − ln 129) / σ) for a trend of 10 %/yr. Loading fully on one factor, they are met on
/// the same paths; loading on none, independently.
/// </summary>
public sealed class ClosedFormRollupTests : IAsyncLifetime
{
    private const double Spread = 0.03;
    private const int Paths = 20_000;
    private static readonly double P = Normal.CDF(0, 1, (Math.Log(119) + Math.Log(1.1) - Math.Log(129)) / Spread);

    private Orleans.TestingHost.InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _cluster = Shipped.Cluster(silos: 2, catalog: SyntheticCatalog.TwoDistricts(), priors: SyntheticCatalog.Priors(Spread));
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Two_pairs_loading_fully_on_one_factor_are_met_together_or_not_at_all()
    {
        var scenario = Scenario("together", ownSpread: 0, loading: 1);

        var city = await Rollup(scenario);

        Assert.Equal(2, city.Assessed);
        Assert.Equal(0, city.MetDistribution[1]);
        Assert.Equal(city.MetDistribution[2], 1 - city.MetDistribution[0], 12);
        Assert.InRange(city.MetDistribution[2], P - Tolerance(P), P + Tolerance(P));
    }

    [Fact]
    public async Task Two_pairs_loading_on_no_factor_are_met_independently()
    {
        var scenario = Scenario("apart", ownSpread: Spread, loading: 0);

        var city = await Rollup(scenario);

        double[] binomial = [(1 - P) * (1 - P), 2 * P * (1 - P), P * P];
        for (var k = 0; k < 3; k++)
            Assert.InRange(city.MetDistribution[k], binomial[k] - Tolerance(binomial[k]), binomial[k] + Tolerance(binomial[k]));
    }

    /// <summary>Four Monte Carlo standard errors of a share estimated from <see cref="Paths"/> paths.</summary>
    private static double Tolerance(double p) => 4 * Math.Sqrt(p * (1 - p) / Paths);

    private async Task<RollupView> Rollup(Scenario scenario)
    {
        var result = await Runs.RunToEnd(_cluster.Client, scenario);
        Assert.All(result.Pairs, p => Assert.Equal("assumption", p.Basis));
        return result.Rollups.Single(r => r.Jurisdiction == "city");
    }

    private static Scenario Scenario(string id, double ownSpread, double loading) =>
        Runs.Scenario(seed: 3, paths: Paths, id: id) with
        {
            Factors = loading == 0 ? [] : [new ScenarioFactor("common", null, [new FactorLoadingSpec("basic-pension", loading)])],
            Overrides = [.. SyntheticCatalog.Pairs.Select(p => new PairOverride(p, 10, ownSpread, []))],
        };
}
