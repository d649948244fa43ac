using Forecast.Model.Random;

namespace Forecast.Model.Tests.Random;

public sealed class GeneratorTests
{
    /// <summary>Random123's <c>tests/kat_vectors</c>, the three "philox4x32 10" lines: counter, key, expected output.</summary>
    [Theory]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u, 0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Philox4x32_10_matches_the_Random123_known_answers(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint e0, uint e1, uint e2, uint e3) =>
        Assert.Equal((e0, e1, e2, e3), Philox4x32.Generate(c0, c1, c2, c3, k0, k1));

    /// <summary>The first outputs of Vigna's reference splitmix64.c for seeds 0 and 1234567.</summary>
    [Theory]
    [InlineData(0UL, new[] { 0xe220a8397b1dcdafUL, 0x6e789e6aa1b965f4UL, 0x06c45d188009454fUL, 0xf88bb8a8724c81ecUL, 0x1b39896a51a8749bUL })]
    [InlineData(1234567UL, new[] { 6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL })]
    public void SplitMix64_matches_the_reference_sequence(ulong seed, ulong[] expected)
    {
        var state = seed;
        var sequential = expected.Select(_ => SplitMix64.Next(ref state)).ToArray();
        var byCounter = expected.Select((_, n) => SplitMix64.At(seed, (ulong)n)).ToArray();

        Assert.Equal(expected, sequential);
        Assert.Equal(expected, byCounter);
    }

    [Fact]
    public void A_draw_is_a_pure_function_of_seed_stream_path_and_step()
    {
        var economy = CounterRandom.StreamOf("economy");
        var forward = Enumerable.Range(0, 1000).Select(p => CounterRandom.Bits(42, economy, p, 2)).ToArray();
        var backward = Enumerable.Range(0, 1000).Reverse().Select(p => CounterRandom.Bits(42, economy, p, 2)).Reverse().ToArray();
        var parallel = new ulong[1000];
        Parallel.For(0, 1000, p => parallel[p] = CounterRandom.Bits(42, economy, p, 2));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, parallel);
    }

    [Fact]
    public void Different_seeds_streams_paths_and_steps_give_different_bits()
    {
        var draws = new HashSet<ulong>();
        foreach (var seed in new ulong[] { 1, 2 })
        foreach (var stream in new[] { "economy", "fiscal", "dandong/new-urban-jobs" })
        for (var path = 0; path < 100; path++)
        for (var step = 0; step < 3; step++)
            draws.Add(CounterRandom.Bits(seed, CounterRandom.StreamOf(stream), path, step));

        Assert.Equal(2 * 3 * 100 * 3, draws.Count);
    }

    [Fact]
    public void Uniforms_stay_strictly_inside_zero_and_one()
    {
        Assert.True(CounterRandom.Uniform(0) > 0);
        Assert.True(CounterRandom.Uniform(ulong.MaxValue) < 1);
    }

    [Fact]
    public void Uniforms_have_the_mean_and_variance_of_U01_within_Monte_Carlo_error()
    {
        const int n = 200_000;
        var stream = CounterRandom.StreamOf("uniform-check");
        var values = Enumerable.Range(0, n).Select(p => CounterRandom.Uniform(CounterRandom.Bits(7, stream, p, 0))).ToArray();

        // Mean 1/2 with standard error sqrt(1/12/n); variance 1/12 with standard error sqrt(1/180/n).
        Assert.InRange(values.Average(), 0.5 - 4 * Math.Sqrt(1.0 / 12 / n), 0.5 + 4 * Math.Sqrt(1.0 / 12 / n));
        var variance = values.Select(v => (v - 0.5) * (v - 0.5)).Average();
        Assert.InRange(variance, 1.0 / 12 - 4 * Math.Sqrt(1.0 / 180 / n), 1.0 / 12 + 4 * Math.Sqrt(1.0 / 180 / n));
    }
}
