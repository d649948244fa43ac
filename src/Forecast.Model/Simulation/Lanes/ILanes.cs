namespace Forecast.Model.Simulation.Lanes;

/// <summary>
/// A row of doubles processed together: one (the scalar path), four (Vector256) or eight (Vector512). The kernel and
/// its math are written once against this interface, so every width runs the same sequence of correctly rounded
/// IEEE operations (and fused multiply-adds) and gives bit-identical results per path; the JIT specialises each
/// width as if it had been written by hand.
/// </summary>
internal interface ILanes<TSelf> where TSelf : struct, ILanes<TSelf>
{
    static abstract int Count { get; }

    static abstract bool IsHardwareAccelerated { get; }

    static abstract TSelf Create(double value);

    static abstract TSelf Load(ref double source);

    static abstract void Store(TSelf value, ref double destination);

    /// <summary>
    /// Two vectors of 32-bit uniforms less ½, in (−½, ½), from the SplitMix64 outputs at counters
    /// <paramref name="firstCounter"/>, +1, … of the stream seeded with <paramref name="streamSeed"/>: lane i of the
    /// result is <c>CounterRandom.Uniform32</c> of output i's low half − ½, lane i of <paramref name="high"/> of its
    /// high half. Exact: the quantile's q = p − ½ comes straight from the bits, and p = q + ½ back again.
    /// </summary>
    static abstract TSelf CentredUniforms32(ulong streamSeed, ulong firstCounter, out TSelf high);

    /// <summary>Per lane: a &lt; b ? whenLess : otherwise; bit i of <paramref name="greaterOrEqualBits"/> set where lane i has a ≥ b (clear where either is NaN, at every width).</summary>
    static abstract TSelf SelectLess(TSelf a, TSelf b, TSelf whenLess, TSelf otherwise, out ulong greaterOrEqualBits);

    /// <summary>
    /// Tail uniforms: lane i is <c>CounterRandom.TailUniform</c> of the 32 bits behind the cell-centred uniform
    /// <paramref name="centred"/>[i] and the tail bits at counter <paramref name="counterBase"/> + <paramref name="offsets"/>[i]
    /// of the tail stream seeded with <paramref name="tailSeed"/>.
    /// </summary>
    static abstract TSelf TailUniforms(TSelf centred, ulong tailSeed, ulong counterBase, ref int offsets);

    static abstract TSelf operator +(TSelf a, TSelf b);

    static abstract TSelf operator -(TSelf a, TSelf b);

    static abstract TSelf operator *(TSelf a, TSelf b);

    static abstract TSelf operator /(TSelf a, TSelf b);

    /// <summary>a·b + c with one rounding.</summary>
    static abstract TSelf MultiplyAdd(TSelf a, TSelf b, TSelf c);

    static abstract TSelf Sqrt(TSelf x);

    static abstract TSelf Min(TSelf a, TSelf b);

    static abstract TSelf Max(TSelf a, TSelf b);

    /// <summary>Per lane: a &lt; b ? whenLess : otherwise.</summary>
    static abstract TSelf SelectLess(TSelf a, TSelf b, TSelf whenLess, TSelf otherwise);

    /// <summary>Bit i set where lane i of a ≥ b.</summary>
    static abstract ulong GreaterOrEqualBits(TSelf a, TSelf b);

    /// <summary>
    /// Writes the lanes of <paramref name="values"/> where a &lt; b, in lane order, from <paramref name="destination"/>
    /// on, and says how many: Count entries are written whatever the count (the rest are garbage the next call
    /// overwrites), so the buffer needs Count entries of room. No branch: which lanes are selected is random.
    /// </summary>
    static abstract int AppendWhereLess(TSelf a, TSelf b, TSelf values, ref double destination);

    /// <summary>All ones in lane i where lane i of a = b, zeros elsewhere: masks combine with |, then <see cref="MaskBits"/>.</summary>
    static abstract TSelf EqualMask(TSelf a, TSelf b);

    static abstract TSelf operator |(TSelf a, TSelf b);

    /// <summary>Whether any lane of a equals the same lane of b.</summary>
    static abstract bool AnyEqual(TSelf a, TSelf b);

    /// <summary>Bit i set where lane i of a mask is set.</summary>
    static abstract ulong MaskBits(TSelf mask);

    /// <summary>
    /// 2^((k mod 8)/8) from a table of eight (<see cref="LaneMath.Eighth0"/>…), where <paramref name="rounded"/> holds
    /// k + <see cref="LaneMath.RoundingMagic"/>.
    /// </summary>
    static abstract TSelf PowerOfTwoFraction(TSelf rounded);

    /// <summary>2^(k div 8) (floor division), where <paramref name="rounded"/> holds k + <see cref="LaneMath.RoundingMagic"/>, k/8 in [−1022, 1023].</summary>
    static abstract TSelf PowerOfTwoEighths(TSelf rounded);

    /// <summary>For positive normal x: the mantissa in [1, 2); <paramref name="exponent"/> receives the unbiased exponent.</summary>
    static abstract TSelf Decompose(TSelf x, out TSelf exponent);
}
