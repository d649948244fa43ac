using Forecast.Contracts;

namespace Forecast.Scenarios.Tests;

public sealed class ShippedScenariosTests
{
    [Theory]
    [InlineData("baseline.yaml", "baseline")]
    [InlineData("downturn.yaml", "downturn")]
    [InlineData("fiscal-squeeze.yaml", "fiscal-squeeze")]
    public void Each_shipped_scenario_reads_with_its_id_and_every_format(string file, string id)
    {
        var scenario = Shipped.Read(file);

        Assert.Equal(id, scenario.Scenario.Id);
        Assert.Equal(2025, scenario.Scenario.AsOfYear);
        Assert.Equal(OutputFormats.Default, scenario.Formats);
    }

    [Fact]
    public void The_baseline_assumes_nothing_beyond_the_priors()
    {
        var baseline = Shipped.Read("baseline.yaml").Scenario;

        Assert.Empty(baseline.Shocks);
        Assert.Empty(baseline.Factors);
        Assert.Empty(baseline.Overrides);
    }

    [Fact]
    public void The_downturn_shocks_the_economy_factor_and_differs_from_the_baseline_only_in_that()
    {
        var baseline = Shipped.Read("baseline.yaml").Scenario;
        var downturn = Shipped.Read("downturn.yaml").Scenario;

        var shock = Assert.Single(downturn.Shocks);
        Assert.Equal("economy", shock.Factor);
        Assert.True(shock.Shift < 0);
        Assert.Equal(baseline.Seed, downturn.Seed);
        Assert.Equal(baseline.Paths, downturn.Paths);
        Assert.Equal(baseline.Horizon, downturn.Horizon);
    }
}

public sealed class ScenariosReadmeTests
{
    [Fact]
    public void The_readme_example_is_a_valid_scenario()
    {
        var readme = File.ReadAllText(Path.Combine(Shipped.ScenariosDirectory, "README.md"));
        var start = readme.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var file = Shipped.Parse(yaml);

        Assert.Equal("jobs-recovery", file.Scenario.Id);
        Assert.Equal(["dandong"], file.Scenario.Scope);
    }
}
