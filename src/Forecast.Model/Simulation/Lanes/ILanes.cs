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
    /// Uniforms in (0, 1) from SplitMix64 outputs at counters <paramref name="firstCounter"/>, +1, … of the stream
    /// seeded with <paramref name="streamSeed"/>: lane i equals <c>CounterRandom.Uniform(SplitMix64.At(seed, first + i))</c>.
    /// </summary>
    static abstract TSelf Uniforms(ulong streamSeed, ulong firstCounter);

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

    static abstract bool AnyLess(TSelf a, TSelf b);

    /// <summary>Bit i set where lane i of a ≥ b.</summary>
    static abstract ulong GreaterOrEqualBits(TSelf a, TSelf b);

    /// <summary>
    /// 2^k, where <paramref name="rounded"/> holds k + <see cref="LaneMath.RoundingMagic"/> (an integer in
    /// [−1022, 1023] carried in the low mantissa bits), so no float-to-integer conversion is needed.
    /// </summary>
    static abstract TSelf PowerOfTwo(TSelf rounded);

    /// <summary>For positive normal x: the mantissa in [1, 2); <paramref name="exponent"/> receives the unbiased exponent.</summary>
    static abstract TSelf Decompose(TSelf x, out TSelf exponent);
}
