using Forecast.Model.Random;
using Forecast.Model.Simulation;
using MathNet.Numerics.Distributions;

namespace Forecast.Model.Tests.Simulation;

public sealed class NormalDrawsTests
{
    private static readonly ulong Seed = CounterRandom.StreamSeed(17, CounterRandom.StreamOf("dandong/new-urban-jobs"));

    [Theory]
    [InlineData(LaneWidth.Scalar)]
    [InlineData(LaneWidth.Vector256)]
    [InlineData(LaneWidth.Vector512)]
    public void A_row_holds_the_draw_of_each_path_computed_alone(LaneWidth width)
    {
        // 1,000 paths from path 4,096: 62 whole blocks of 16 and 8 paths over, about 20 of them in a tail (|z| > 2.326).
        var row = new double[1_000];

        NormalDraws.Fill(width, row, Seed, 2025, 4_096, new NormalScratch(row.Length));

        var alone = Enumerable.Range(4_096, row.Length).Select(path => NormalDraws.At(Seed, 2025, path)).ToArray();
        Assert.Equal(alone.Select(BitConverter.DoubleToInt64Bits), row.Select(BitConverter.DoubleToInt64Bits));
        Assert.InRange(row.Count(z => Math.Abs(z) > 2.3263), 8, 35);
    }

    [Fact]
    public void A_tail_draw_refines_its_32_bit_cell_with_the_tail_stream()
    {
        // Path 16b + 8 + j takes the high half of output 8b + j; a tail uniform stays inside that half's cell.
        const int path = 16 * 3 + 8 + 5;
        var output = SplitMix64.At(Seed, (2025UL << 40) | (8 * 3) + 5);
        var bits = CounterRandom.DrawBits(Seed, 2025, path);
        var tail = CounterRandom.TailUniform(bits, CounterRandom.TailBits(Seed, 2025, path));

        Assert.Equal((uint)(output >> 32), bits);
        Assert.InRange(tail, bits / 4294967296.0, (bits + 1) / 4294967296.0);
        Assert.NotEqual(CounterRandom.TailUniform(bits, 0), CounterRandom.TailUniform(bits, 1));
        Assert.NotEqual(CounterRandom.TailBits(Seed, 2025, path), CounterRandom.TailBits(Seed, 2025, path + 1));
    }

    [Fact]
    public void Draws_have_the_mean_variance_and_tail_mass_of_a_standard_normal()
    {
        const int n = 1_000_000;
        var draws = new double[n];
        NormalDraws.Fill(LaneWidth.Auto, draws, Seed, 2026, 0, new NormalScratch(n));

        Assert.InRange(draws.Average(), -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
        Assert.InRange(draws.Select(z => z * z).Average(), 1 - (4 * Math.Sqrt(2.0 / n)), 1 + (4 * Math.Sqrt(2.0 / n)));
        foreach (var cut in new[] { 2.0, 3.0, 4.0 })
        {
            // Both tails beyond ±cut: a binomial count with p = 2Φ(−cut).
            var p = 2 * Normal.CDF(0, 1, -cut);
            var share = draws.Count(z => Math.Abs(z) > cut) / (double)n;
            var se = Math.Sqrt(p * (1 - p) / n);
            Assert.InRange(share, p - (4 * se), p + (4 * se));
        }
    }
}
