using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// Exact quantiles without sorting the data: one vector pass for the range, one to bin every value (vector
/// arithmetic, then a scalar count into 2,049 equal-width bins), one vector pass to gather the few values of the bins
/// that hold the wanted ranks, then a sort of those few alone. On 10,000 fresh values this is several times faster
/// than quickselect and an order of magnitude faster than a sort. A quantile is the order statistic at rank ⌈p·n⌉
/// (the inverse of the empirical distribution function); any lane width gives the same values, since they are
/// order statistics.
/// </summary>
public sealed class QuantileSelect
{
    private const int Bins = 2048;

    // One more than Bins: the bin is (v − min)·scale rounded to nearest, which can reach Bins itself.
    private readonly int[] _counts = new int[Bins + 1];
    private double[] _binned = [];
    private double[] _gathered = new double[256];
    private int[] _candidates = [];

    /// <summary>The 0-based rank the quantile <paramref name="probability"/> of <paramref name="count"/> values selects.</summary>
    public static int RankOf(double probability, int count) => Math.Clamp((int)Math.Ceiling(probability * count) - 1, 0, count - 1);

    /// <summary>Writes the quantiles <paramref name="probabilities"/> (ascending) of <paramref name="values"/> into <paramref name="results"/>.</summary>
    public void Select(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities, Span<double> results)
    {
        if (values.IsEmpty)
            throw new ArgumentException("no values to take quantiles of", nameof(values));
        if (probabilities.Length > 8)
            throw new ArgumentException("at most eight quantiles at once", nameof(probabilities));
        if (_binned.Length < values.Length)
            _binned = new double[values.Length];

        switch (LaneWidths.Resolve(LaneWidth.Auto))
        {
            case LaneWidth.Vector512: Select<Vector512Lanes>(values, probabilities, results); break;
            case LaneWidth.Vector256: Select<Vector256Lanes>(values, probabilities, results); break;
            default: Select<ScalarLanes>(values, probabilities, results); break;
        }
    }

    // Hot loops run for milliseconds at a time: compile them fully optimised at once rather than wait for tiering, and
    // never inline them into a caller, whose inlining budget would then run out before the lane arithmetic is inlined.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private void Select<T>(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities, Span<double> results) where T : struct, ILanes<T>
    {
        var n = values.Length;
        ref var v0 = ref MemoryMarshal.GetReference(values);
        var vectorEnd = n / T.Count * T.Count;

        // Pass 1: the range.
        // Two pairs of accumulators, so consecutive vectors do not wait on each other's min and max.
        var low = T.Create(values[0]);
        var high = low;
        var low2 = low;
        var high2 = low;
        var i2 = 0;
        for (; i2 + (2 * T.Count) <= vectorEnd; i2 += 2 * T.Count)
        {
            var v = T.Load(ref Unsafe.Add(ref v0, i2));
            var w = T.Load(ref Unsafe.Add(ref v0, i2 + T.Count));
            low = T.Min(low, v);
            high = T.Max(high, v);
            low2 = T.Min(low2, w);
            high2 = T.Max(high2, w);
        }

        for (; i2 < vectorEnd; i2 += T.Count)
        {
            var v = T.Load(ref Unsafe.Add(ref v0, i2));
            low = T.Min(low, v);
            high = T.Max(high, v);
        }

        double min = Math.Min(Lowest(low), Lowest(low2)), max = Math.Max(Highest(high), Highest(high2));
        for (var i = vectorEnd; i < n; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        if (!(max > min))
        {
            results[..probabilities.Length].Fill(min);
            return;
        }

        if (!double.IsFinite(max - min))
        {
            SelectBySorting(values, probabilities, results);
            return;
        }

        // Pass 2: each value's bin, (v − min)·scale + 1.5·2^52, whose low mantissa bits hold the bin rounded to nearest:
        // (v − min) is never negative and never above (max − min), so the bin lies in [0, Bins], and it is monotone in
        // v, so a bin's values all lie between those of the bins either side. Then the counts.
        var scale = Bins / (max - min);
        var lowest = T.Create(min);
        var factor = T.Create(scale);
        var magic = T.Create(LaneMath.RoundingMagic);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(_binned);
        for (var i = 0; i < vectorEnd; i += T.Count)
            T.Store(((T.Load(ref Unsafe.Add(ref v0, i)) - lowest) * factor) + magic, ref Unsafe.Add(ref b0, i));
        for (var i = vectorEnd; i < n; i++)
            Unsafe.Add(ref b0, i) = ((values[i] - min) * scale) + LaneMath.RoundingMagic;

        Array.Clear(_counts);
        ref var c0 = ref MemoryMarshal.GetArrayDataReference(_counts);
        ref var bits0 = ref Unsafe.As<double, int>(ref b0);
        for (var i = 0; i < n; i++)
            Unsafe.Add(ref c0, Unsafe.Add(ref bits0, 2 * i))++;

        // The bin and rank within it of each wanted quantile.
        Span<int> binOf = stackalloc int[probabilities.Length];
        Span<int> rankInBin = stackalloc int[probabilities.Length];
        var bin = 0;
        var below = 0;
        for (var q = 0; q < probabilities.Length; q++)
        {
            var rank = RankOf(probabilities[q], n);
            while (below + _counts[bin] <= rank)
                below += _counts[bin++];
            binOf[q] = bin;
            rankInBin[q] = rank - below;
        }

        // The distinct wanted bins, each with a contiguous slot in the gather buffer.
        Span<int> wanted = stackalloc int[probabilities.Length];
        Span<int> slotStart = stackalloc int[probabilities.Length + 1];
        Span<int> slotOf = stackalloc int[probabilities.Length];
        var slots = 0;
        var size = 0;
        for (var q = 0; q < probabilities.Length; q++)
        {
            if (q == 0 || binOf[q] != binOf[q - 1])
            {
                wanted[slots] = binOf[q];
                slotStart[slots++] = size;
                size += _counts[binOf[q]];
            }

            slotOf[q] = slots - 1;
        }

        slotStart[slots] = size;
        if (_gathered.Length < size)
            _gathered = new double[Math.Max(size, _gathered.Length * 2)];

        // Pass 3: compare every binned value with the wanted bins, a vector at a time; the rare match is copied out.
        Span<double> wantedBinned = stackalloc double[8];
        for (var s = 0; s < 8; s++)
            wantedBinned[s] = wanted[Math.Min(s, slots - 1)] + LaneMath.RoundingMagic;
        Span<int> filled = stackalloc int[slots];
        slotStart[..slots].CopyTo(filled);
        var w0 = T.Create(wantedBinned[0]);
        var w1 = T.Create(wantedBinned[1]);
        var w2 = T.Create(wantedBinned[2]);
        var w3 = T.Create(wantedBinned[3]);
        var w4 = T.Create(wantedBinned[4]);
        var many = slots > 5;

        // First only note the vectors that hold a wanted value: with no call in the loop, the wanted bins stay in
        // registers. Most vectors are rejected by five compares and well-predicted branches.
        if (_candidates.Length < (vectorEnd / T.Count) + 1)
            _candidates = new int[(vectorEnd / T.Count) + 1];
        ref var candidate0 = ref MemoryMarshal.GetArrayDataReference(_candidates);
        var candidates = 0;
        for (var i = 0; i < vectorEnd; i += T.Count)
        {
            var b = T.Load(ref Unsafe.Add(ref b0, i));
            if (many || T.AnyEqual(b, w0) || T.AnyEqual(b, w1) || T.AnyEqual(b, w2) || T.AnyEqual(b, w3) || T.AnyEqual(b, w4))
                Unsafe.Add(ref candidate0, candidates++) = i;
        }

        for (var c = 0; c < candidates; c++)
        {
            var i = Unsafe.Add(ref candidate0, c);
            var b = T.Load(ref Unsafe.Add(ref b0, i));
            var match = T.MaskBits(T.EqualMask(b, w0) | T.EqualMask(b, w1) | T.EqualMask(b, w2) | T.EqualMask(b, w3) | T.EqualMask(b, w4));
            for (var s = 5; s < slots; s++)
                match |= T.MaskBits(T.EqualMask(b, T.Create(wantedBinned[s])));

            while (match != 0)
            {
                var k = i + System.Numerics.BitOperations.TrailingZeroCount(match);
                match &= match - 1;
                Gather(Unsafe.Add(ref bits0, 2 * k), values[k], wanted[..slots], filled);
            }
        }

        for (var k = vectorEnd; k < n; k++)
            Gather(Unsafe.Add(ref bits0, 2 * k), values[k], wanted[..slots], filled);

        for (var s = 0; s < slots; s++)
            _gathered.AsSpan(slotStart[s], slotStart[s + 1] - slotStart[s]).Sort();

        for (var q = 0; q < probabilities.Length; q++)
            results[q] = _gathered[slotStart[slotOf[q]] + rankInBin[q]];
    }

    /// <summary>For a range too wide to bin (infinite values): a sort of a copy, still exact.</summary>
    private void SelectBySorting(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities, Span<double> results)
    {
        var copy = _binned.AsSpan(0, values.Length);
        values.CopyTo(copy);
        copy.Sort();
        for (var q = 0; q < probabilities.Length; q++)
            results[q] = copy[RankOf(probabilities[q], values.Length)];
    }

    private void Gather(int bin, double value, ReadOnlySpan<int> wanted, Span<int> filled)
    {
        var slot = wanted.IndexOf(bin);
        if (slot >= 0)
            _gathered[filled[slot]++] = value;
    }

    private static double Lowest<T>(T lanes) where T : struct, ILanes<T>
    {
        Span<double> all = stackalloc double[T.Count];
        T.Store(lanes, ref all[0]);
        var min = all[0];
        foreach (var v in all)
            min = Math.Min(min, v);
        return min;
    }

    private static double Highest<T>(T lanes) where T : struct, ILanes<T>
    {
        Span<double> all = stackalloc double[T.Count];
        T.Store(lanes, ref all[0]);
        var max = all[0];
        foreach (var v in all)
            max = Math.Max(max, v);
        return max;
    }
}
