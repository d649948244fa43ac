using Forecast.Model.Simulation;

namespace Forecast.Model.Tests.Simulation;

public sealed class DeterminismTests
{
    private static readonly CommonFactor[] Factors = [new("economy", 0.03), new("fiscal", 0.05)];

    private static PathModel[] Pairs() =>
    [
        Models.LogNormalLevel(100, 0.05, 0.08, 3, 118, name: "a", loadings: new FactorLoading(0, 1)),
        Models.LogNormalLevel(6, -0.03, 0.05, 2, 5.5, meetsAbove: false, name: "b", loadings: [new FactorLoading(0, 0.5), new FactorLoading(1, 1)]),
        Models.LogNormalFlows(17_000, Math.Log(16_000), 0.2, 2, 51_000, name: "c"),
        Models.BoundedShare(90, 100, 0.2, 0.3, 2, 95),
        Models.PersistentLevel(793, Math.Log(1.035), 0.01, 0.008, 3, 850),
        Models.EachYear(Math.Log(50), 0.1, 0.15, 3, 48),
        Models.LogNormalLevel(100, 0.05, 0.08, 3, 118, name: "recorded", loadings: new FactorLoading(1, 0.5)) with { Persistent = 0.02, StepScale = [1, 0, 1] },
    ];

    [Fact]
    public void The_same_seed_gives_the_same_bits_on_one_thread_and_on_two()
    {
        var one = Run(new SimulationOptions { Seed = 5, Paths = 10_007, Quantiles = true, MaxDegreeOfParallelism = 1 });
        var two = Run(new SimulationOptions { Seed = 5, Paths = 10_007, Quantiles = true, MaxDegreeOfParallelism = 2 });

        AssertSameBits(one, two);
    }

    [Fact]
    public void A_pair_gives_the_same_bits_alone_as_among_others_and_in_any_order()
    {
        var options = new SimulationOptions { Seed = 5, Paths = 4_000, Quantiles = true };
        var all = MonteCarlo.Run(Pairs(), Factors, options);
        var reversed = MonteCarlo.Run(Pairs().Reverse().ToArray(), Factors, options).Reverse().ToArray();
        var alone = MonteCarlo.Run([Pairs()[1]], Factors, options);

        AssertSameBits(all, reversed);
        AssertSameBits([all[1]], alone);
    }

    [Theory]
    [InlineData(LaneWidth.Vector256, true)]
    [InlineData(LaneWidth.Vector512, true)]
    [InlineData(LaneWidth.Vector256, false)]
    [InlineData(LaneWidth.Vector512, false)]
    public void The_vector_kernels_give_the_bits_of_the_scalar_one(LaneWidth width, bool quantiles)
    {
        // 10,007 paths leave a tail of 7 for the scalar path after the vectors. Without quantiles, the pairs with no
        // common factor take the kernel's short loop.
        var scalar = Run(new SimulationOptions { Seed = 9, Paths = 10_007, Quantiles = quantiles, Width = LaneWidth.Scalar });
        var vector = Run(new SimulationOptions { Seed = 9, Paths = 10_007, Quantiles = quantiles, Width = width });

        AssertSameBits(scalar, vector);
    }

    [Fact]
    public void Different_seeds_give_different_paths()
    {
        var a = Run(new SimulationOptions { Seed = 1, Paths = 10_000 });
        var b = Run(new SimulationOptions { Seed = 2, Paths = 10_000 });

        Assert.All(a.Zip(b), r => Assert.False(r.First.Hits.Words.SequenceEqual(r.Second.Hits.Words)));
    }

    /// <summary>
    /// What revision <see cref="ModelRevision.Current"/> computes for <see cref="Pairs"/> (seed 5, 10,007 paths, with
    /// quantiles): a SHA-256 of every hit word and every figure's bits. A change that fails this test changes what the
    /// same inputs give, so the runs stored by the previous build must not be served as current: give the revision a
    /// new value and record the new hash beside it, in the same commit.
    /// </summary>
    private static readonly (string Revision, string Bits) Recorded =
        ("2026-12-05b", "f23369c1f7f2306ba4c489119c6bf8818b75df914712f88849f8f4f77524a6d9");

    [Fact]
    public void The_bits_are_those_recorded_for_the_current_model_revision()
    {
        var results = Run(new SimulationOptions { Seed = 5, Paths = 10_007, Quantiles = true });

        Assert.Equal(Recorded, (ModelRevision.Current, BitsOf(results)));
    }

    private static SimulatedPair[] Run(SimulationOptions options) => MonteCarlo.Run(Pairs(), Factors, options);

    private static string BitsOf(IEnumerable<SimulatedPair> results)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(double? value) => hash.AppendData(BitConverter.GetBytes(value is { } v ? BitConverter.DoubleToInt64Bits(v) : long.MinValue));
        foreach (var r in results)
        {
            foreach (var word in r.Hits.Words)
                hash.AppendData(BitConverter.GetBytes(word));
            Add(r.PMeet);
            Add(r.StandardError);
            Add(r.ExpectedShortfall);
            Add(r.MedianGap);
            foreach (var band in r.Fan)
            {
                Add(band.P5);
                Add(band.P25);
                Add(band.P50);
                Add(band.P75);
                Add(band.P95);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AssertSameBits(IReadOnlyList<SimulatedPair> expected, IReadOnlyList<SimulatedPair> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.Hits.Words.ToArray(), a.Hits.Words.ToArray());
            Assert.Equal(BitConverter.DoubleToInt64Bits(e.ExpectedShortfall), BitConverter.DoubleToInt64Bits(a.ExpectedShortfall));
            Assert.Equal(e.MedianGap, a.MedianGap);
            Assert.Equal(e.Fan, a.Fan);
        }
    }
}
