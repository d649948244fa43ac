using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Forecast.Model.Random;

namespace Forecast.Model.Simulation.Lanes;

/// <summary>Eight lanes on AVX-512 (one zmm register).</summary>
internal readonly struct Vector512Lanes(Vector512<double> value) : ILanes<Vector512Lanes>
{
    private readonly Vector512<double> _value = value;

    public static int Count => Vector512<double>.Count;

    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Create(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Load(ref double source) => new(Vector512.LoadUnsafe(ref source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512Lanes value, ref double destination) => value._value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes CentredUniforms32(ulong streamSeed, ulong firstCounter, out Vector512Lanes high)
    {
        var z = Vector512.Create(streamSeed + ((firstCounter + 1) * SplitMix64.Gamma)) + Vector512.Create(0x0000000000000000UL, 0x9E3779B97F4A7C15UL, 0x3C6EF372FE94F82AUL, 0xDAA66D2C7DDF743FUL, 0x78DDE6E5FD29F054UL, 0x1715609F7C746C69UL, 0xB54CDA58FBBEE87EUL, 0x538454127B096493UL); // lane i adds i·γ
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        z ^= z >>> 31;

        // Each half's 32 bits become the top of a mantissa of 1.x: subtracting 1.5 (and adding half a cell) leaves the
        // centred uniform, exactly.
        var mantissa = Vector512.Create(0x000F_FFFF_FFF0_0000UL);
        var one = Vector512.Create((ulong)LaneMath.OneBits);
        var centre = Vector512.Create((1.0 / (1UL << 33)) - 1.5);
        high = new((((z >>> 12) & mantissa) | one).AsDouble() + centre);
        return new((((z << 20) & mantissa) | one).AsDouble() + centre);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes TailUniforms(Vector512Lanes centred, ulong tailSeed, ulong counterBase, ref int offsets)
    {
        var z = Vector512.Create(tailSeed + ((counterBase + 1) * SplitMix64.Gamma)) + (Avx512F.ConvertToVector512Int64(Vector256.LoadUnsafe(ref offsets)).AsUInt64() * SplitMix64.Gamma);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        z ^= z >>> 31;

        // The top 20 bits as an integer-valued double (exact), then u/2^32 + (t + ½)/2^52: every step exact.
        var tail = ((z >>> 44) | Vector512.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector512.Create(4503599627370496.0);
        return new((centred._value - Vector512.Create(1.0 / (1UL << 33))) + ((tail + Vector512.Create(0.5)) * Vector512.Create(1.0 / (1UL << 52))));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator +(Vector512Lanes a, Vector512Lanes b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator -(Vector512Lanes a, Vector512Lanes b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator *(Vector512Lanes a, Vector512Lanes b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator /(Vector512Lanes a, Vector512Lanes b) => new(a._value / b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes MultiplyAdd(Vector512Lanes a, Vector512Lanes b, Vector512Lanes c) => new(Vector512.FusedMultiplyAdd(a._value, b._value, c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Sqrt(Vector512Lanes x) => new(Vector512.Sqrt(x._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Min(Vector512Lanes a, Vector512Lanes b) => new(Vector512.MinNative(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Max(Vector512Lanes a, Vector512Lanes b) => new(Vector512.MaxNative(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes SelectLess(Vector512Lanes a, Vector512Lanes b, Vector512Lanes whenLess, Vector512Lanes otherwise) =>
        new(Vector512.ConditionalSelect(Vector512.LessThan(a._value, b._value), whenLess._value, otherwise._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes SelectLess(Vector512Lanes a, Vector512Lanes b, Vector512Lanes whenLess, Vector512Lanes otherwise, out ulong greaterOrEqualBits)
    {
        // Two compares, not one compare's mask reused: the JIT then blends under the mask register and reads the
        // other mask's bits directly, where a shared mask went through a vector and back (vpmovm2q, vpmovq2m).
        greaterOrEqualBits = Vector512.GreaterThanOrEqual(a._value, b._value).ExtractMostSignificantBits();
        return new(Vector512.ConditionalSelect(Vector512.LessThan(a._value, b._value), whenLess._value, otherwise._value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong GreaterOrEqualBits(Vector512Lanes a, Vector512Lanes b) => Vector512.GreaterThanOrEqual(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AppendWhereLess(Vector512Lanes a, Vector512Lanes b, Vector512Lanes values, ref double destination)
    {
        // vcompresspd into a register, then a plain store: the store form of compress is slow on some CPUs.
        var less = Vector512.LessThan(a._value, b._value);
        Avx512F.Compress(Vector512<double>.Zero, less, values._value).StoreUnsafe(ref destination);
        return BitOperations.PopCount(less.ExtractMostSignificantBits());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes EqualMask(Vector512Lanes a, Vector512Lanes b) => new(Vector512.Equals(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator |(Vector512Lanes a, Vector512Lanes b) => new(a._value | b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyEqual(Vector512Lanes a, Vector512Lanes b) => Vector512.EqualsAny(a._value, b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MaskBits(Vector512Lanes mask) => mask._value.ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes PowerOfTwoFraction(Vector512Lanes rounded) =>
        new(Avx512F.PermuteVar8x64(Vector512.Create(LaneMath.Eighth0, LaneMath.Eighth1, LaneMath.Eighth2, LaneMath.Eighth3, LaneMath.Eighth4, LaneMath.Eighth5, LaneMath.Eighth6, LaneMath.Eighth7), rounded._value.AsInt64())); // vpermpd reads the low 3 bits

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes PowerOfTwoEighths(Vector512Lanes rounded) =>
        new((((rounded._value.AsInt64() - Vector512.Create(LaneMath.EighthsBias)) >>> 3) << 52).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Decompose(Vector512Lanes x, out Vector512Lanes exponent)
    {
        var bits = x._value.AsInt64();
        exponent = new(((bits >>> 52) + Vector512.Create(LaneMath.RoundingMagicBits)).AsDouble() - Vector512.Create(LaneMath.RoundingMagic + 1023));
        return new(((bits & Vector512.Create(LaneMath.MantissaMask)) | Vector512.Create(LaneMath.OneBits)).AsDouble());
    }
}
