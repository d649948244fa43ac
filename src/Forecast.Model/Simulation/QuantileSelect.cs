using System.Runtime.CompilerServices;
namespace Forecast.Model.Simulation;

/// <summary>
/// Exact quantiles without sorting the data: one pass for the range, one to count values into 2,048 equal-width
/// bins, one to gather the few values of the bins that hold the wanted ranks, then a sort of those few alone. On
/// 10,000 fresh values this is several times faster than quickselect and an order of magnitude faster than a sort.
/// A quantile is the order statistic at rank ⌈p·n⌉ (the inverse of the empirical distribution function).
/// </summary>
public sealed class QuantileSelect
{
    private const int Bins = 2048;
    private readonly int[] _counts = new int[Bins];
    private readonly int[] _slotOfBin = CreateSlots();
    private double[] _gathered = new double[256];

    /// <summary>The 0-based rank the quantile <paramref name="probability"/> of <paramref name="count"/> values selects.</summary>
    public static int RankOf(double probability, int count) => Math.Clamp((int)Math.Ceiling(probability * count) - 1, 0, count - 1);

    /// <summary>Writes the quantiles <paramref name="probabilities"/> (ascending) of <paramref name="values"/> into <paramref name="results"/>.</summary>
    // Hot loops run for milliseconds at a time: compile them fully optimised at once rather than wait for tiering, and
    // never inline them into a caller, whose inlining budget would then run out before the lane arithmetic is inlined.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    public void Select(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities, Span<double> results)
    {
        if (values.IsEmpty)
            throw new ArgumentException("no values to take quantiles of", nameof(values));

        double min = values[0], max = values[0];
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }

        if (!(max > min))
        {
            results[..probabilities.Length].Fill(min);
            return;
        }

        // Slightly under Bins/(max − min) so max itself lands in the last bin, never one past it.
        var scale = Bins / (max - min) * (1 - 1e-12);
        Array.Clear(_counts);
        foreach (var v in values)
            _counts[(int)((v - min) * scale)]++;

        Span<int> binOf = stackalloc int[probabilities.Length];
        Span<int> rankInBin = stackalloc int[probabilities.Length];
        var bin = 0;
        var below = 0;
        for (var q = 0; q < probabilities.Length; q++)
        {
            var rank = RankOf(probabilities[q], values.Length);
            while (below + _counts[bin] <= rank)
                below += _counts[bin++];
            binOf[q] = bin;
            rankInBin[q] = rank - below;
        }

        // Give each wanted bin a contiguous slot in the gather buffer.
        Span<int> slotStart = stackalloc int[probabilities.Length + 1];
        var slots = 0;
        var size = 0;
        for (var q = 0; q < probabilities.Length; q++)
        {
            if (q > 0 && binOf[q] == binOf[q - 1])
                continue;
            _slotOfBin[binOf[q]] = slots;
            slotStart[slots++] = size;
            size += _counts[binOf[q]];
        }

        slotStart[slots] = size;
        if (_gathered.Length < size)
            _gathered = new double[Math.Max(size, _gathered.Length * 2)];

        Span<int> filled = stackalloc int[slots];
        slotStart[..slots].CopyTo(filled);
        foreach (var v in values)
        {
            var slot = _slotOfBin[(int)((v - min) * scale)];
            if (slot >= 0)
                _gathered[filled[slot]++] = v;
        }

        for (var s = 0; s < slots; s++)
            _gathered.AsSpan(slotStart[s], slotStart[s + 1] - slotStart[s]).Sort();

        for (var q = 0; q < probabilities.Length; q++)
            results[q] = _gathered[slotStart[_slotOfBin[binOf[q]]] + rankInBin[q]];
        foreach (var b in binOf)
            _slotOfBin[b] = -1;
    }

    private static int[] CreateSlots()
    {
        var slots = new int[Bins];
        Array.Fill(slots, -1);
        return slots;
    }
}
