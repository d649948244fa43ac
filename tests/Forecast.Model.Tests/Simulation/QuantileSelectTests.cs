using Forecast.Model.Simulation;

namespace Forecast.Model.Tests.Simulation;

public sealed class QuantileSelectTests
{
    private static readonly double[] Probabilities = [0.05, 0.25, 0.5, 0.75, 0.95];

    [Theory]
    [InlineData(10_000, 1)]
    [InlineData(10_007, 2)]
    [InlineData(3, 3)]
    [InlineData(1, 4)]
    public void The_histogram_select_returns_the_order_statistics_a_sort_gives(int count, int seed)
    {
        var random = new System.Random(seed);
        var values = Enumerable.Range(0, count).Select(_ => Math.Exp(random.NextDouble() * 8) * (random.Next(2) == 0 ? -1 : 1)).ToArray();

        AssertMatchesSort(values);
    }

    [Fact]
    public void Ties_and_a_constant_sample_are_handled()
    {
        AssertMatchesSort(Enumerable.Range(0, 5_000).Select(i => (double)(i % 7)).ToArray());
        AssertMatchesSort(Enumerable.Repeat(42.0, 1_000).ToArray());
    }

    [Fact]
    public void Values_far_from_zero_in_a_narrow_range_and_infinite_values_are_handled()
    {
        var random = new System.Random(5);
        AssertMatchesSort(Enumerable.Range(0, 10_000).Select(_ => 1e15 + random.NextDouble()).ToArray());
        AssertMatchesSort(Enumerable.Range(0, 1_003).Select(i => i == 7 ? double.PositiveInfinity : i == 9 ? double.NegativeInfinity : random.NextDouble()).ToArray());
    }

    [Fact]
    public void A_select_reused_on_a_longer_sample_still_matches_the_sort()
    {
        var select = new QuantileSelect();
        var random = new System.Random(6);
        foreach (var count in new[] { 10, 10_000, 100_003 })
        {
            var values = Enumerable.Range(0, count).Select(_ => random.NextDouble() * random.NextDouble()).ToArray();
            var sorted = values.Order().ToArray();
            var results = new double[Probabilities.Length];

            select.Select(values, Probabilities, results);

            Assert.Equal(Probabilities.Select(p => sorted[QuantileSelect.RankOf(p, count)]), results);
        }
    }

    private static void AssertMatchesSort(double[] values)
    {
        var sorted = values.Order().ToArray();
        var results = new double[Probabilities.Length];

        new QuantileSelect().Select(values, Probabilities, results);

        Assert.Equal(Probabilities.Select(p => sorted[QuantileSelect.RankOf(p, values.Length)]), results);
    }
}
