using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Forecast.Model.Random;

namespace Forecast.Model.Simulation.Lanes;

/// <summary>Four lanes on AVX2 (one ymm register): the fallback where AVX-512 is absent or disabled.</summary>
internal readonly struct Vector256Lanes(Vector256<double> value) : ILanes<Vector256Lanes>
{
    private readonly Vector256<double> _value = value;

    public static int Count => Vector256<double>.Count;

    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Create(double value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Load(ref double source) => new(Vector256.LoadUnsafe(ref source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256Lanes value, ref double destination) => value._value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes CentredUniforms32(ulong streamSeed, ulong firstCounter, out Vector256Lanes high)
    {
        var z = Vector256.Create(streamSeed + ((firstCounter + 1) * SplitMix64.Gamma)) + Vector256.Create(0x0000000000000000UL, 0x9E3779B97F4A7C15UL, 0x3C6EF372FE94F82AUL, 0xDAA66D2C7DDF743FUL); // lane i adds i·γ
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        z ^= z >>> 31;

        // Each half's 32 bits become the top of a mantissa of 1.x: subtracting 1.5 (and adding half a cell) leaves the
        // centred uniform, exactly.
        var mantissa = Vector256.Create(0x000F_FFFF_FFF0_0000UL);
        var one = Vector256.Create((ulong)LaneMath.OneBits);
        var centre = Vector256.Create((1.0 / (1UL << 33)) - 1.5);
        high = new((((z >>> 12) & mantissa) | one).AsDouble() + centre);
        return new((((z << 20) & mantissa) | one).AsDouble() + centre);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes TailUniforms(Vector256Lanes centred, ulong tailSeed, ulong counterBase, ref int offsets)
    {
        var z = Vector256.Create(tailSeed + ((counterBase + 1) * SplitMix64.Gamma)) + (Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref offsets)).AsUInt64() * SplitMix64.Gamma);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        z ^= z >>> 31;

        // The top 20 bits as an integer-valued double (exact), then u/2^32 + (t + ½)/2^52: every step exact.
        var tail = ((z >>> 44) | Vector256.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector256.Create(4503599627370496.0);
        return new((centred._value - Vector256.Create(1.0 / (1UL << 33))) + ((tail + Vector256.Create(0.5)) * Vector256.Create(1.0 / (1UL << 52))));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes operator +(Vector256Lanes a, Vector256Lanes b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes operator -(Vector256Lanes a, Vector256Lanes b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes operator *(Vector256Lanes a, Vector256Lanes b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes operator /(Vector256Lanes a, Vector256Lanes b) => new(a._value / b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes MultiplyAdd(Vector256Lanes a, Vector256Lanes b, Vector256Lanes c) => new(Vector256.FusedMultiplyAdd(a._value, b._value, c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Sqrt(Vector256Lanes x) => new(Vector256.Sqrt(x._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Min(Vector256Lanes a, Vector256Lanes b) => new(Vector256.MinNative(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Max(Vector256Lanes a, Vector256Lanes b) => new(Vector256.MaxNative(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes SelectLess(Vector256Lanes a, Vector256Lanes b, Vector256Lanes whenLess, Vector256Lanes otherwise) =>
        new(Vector256.ConditionalSelect(Vector256.LessThan(a._value, b._value), whenLess._value, otherwise._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes SelectLess(Vector256Lanes a, Vector256Lanes b, Vector256Lanes whenLess, Vector256Lanes otherwise, out ulong greaterOrEqualBits)
    {
        // Two compares, as the 512-bit lanes have (see there), so that a NaN lane's bit is clear at every width.
        greaterOrEqualBits = Vector256.GreaterThanOrEqual(a._value, b._value).ExtractMostSignificantBits();
        return new(Vector256.ConditionalSelect(Vector256.LessThan(a._value, b._value), whenLess._value, otherwise._value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong GreaterOrEqualBits(Vector256Lanes a, Vector256Lanes b) => Vector256.GreaterThanOrEqual(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AppendWhereLess(Vector256Lanes a, Vector256Lanes b, Vector256Lanes values, ref double destination)
    {
        // AVX2 has no compress: a table gives, per 4-bit mask, the permutation (as pairs of floats) that moves the
        // selected lanes to the front.
        var bits = (int)Vector256.LessThan(a._value, b._value).ExtractMostSignificantBits();
        var order = Vector256.LoadUnsafe(ref Unsafe.Add(ref MemoryMarshal.GetReference(LeftPack), bits * 8));
        Avx2.PermuteVar8x32(values._value.AsSingle(), order).AsDouble().StoreUnsafe(ref destination);
        return BitOperations.PopCount((uint)bits);
    }

    /// <summary>Per mask of four lanes: the float pairs of the selected lanes first, in order, then lane 0 as filler.</summary>
    private static ReadOnlySpan<int> LeftPack =>
    [
        0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 0, 1, 0, 1, 0, 1,
        2, 3, 0, 1, 0, 1, 0, 1,
        0, 1, 2, 3, 0, 1, 0, 1,
        4, 5, 0, 1, 0, 1, 0, 1,
        0, 1, 4, 5, 0, 1, 0, 1,
        2, 3, 4, 5, 0, 1, 0, 1,
        0, 1, 2, 3, 4, 5, 0, 1,
        6, 7, 0, 1, 0, 1, 0, 1,
        0, 1, 6, 7, 0, 1, 0, 1,
        2, 3, 6, 7, 0, 1, 0, 1,
        0, 1, 2, 3, 6, 7, 0, 1,
        4, 5, 6, 7, 0, 1, 0, 1,
        0, 1, 4, 5, 6, 7, 0, 1,
        2, 3, 4, 5, 6, 7, 0, 1,
        0, 1, 2, 3, 4, 5, 6, 7,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes EqualMask(Vector256Lanes a, Vector256Lanes b) => new(Vector256.Equals(a._value, b._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes operator |(Vector256Lanes a, Vector256Lanes b) => new(a._value | b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyEqual(Vector256Lanes a, Vector256Lanes b) => Vector256.EqualsAny(a._value, b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MaskBits(Vector256Lanes mask) => mask._value.ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes PowerOfTwoFraction(Vector256Lanes rounded)
    {
        // AVX2 permutes doubles across the register only by a constant; PermuteVar8x32 does it for pairs of floats,
        // so entry j mod 4 is moved as floats 2j and 2j + 1 from each half of the table, and bit 2 picks the half.
        var index = rounded._value.AsInt64();
        var pair = ((index & Vector256.Create(3L)) * Vector256.Create(0x2_0000_0002L)) + Vector256.Create(0x1_0000_0000L);
        var low = Avx2.PermuteVar8x32(Vector256.Create(LaneMath.Eighth0, LaneMath.Eighth1, LaneMath.Eighth2, LaneMath.Eighth3).AsSingle(), pair.AsInt32()).AsDouble();
        var high = Avx2.PermuteVar8x32(Vector256.Create(LaneMath.Eighth4, LaneMath.Eighth5, LaneMath.Eighth6, LaneMath.Eighth7).AsSingle(), pair.AsInt32()).AsDouble();
        return new(Vector256.ConditionalSelect(Vector256.Equals(index & Vector256.Create(4L), Vector256<long>.Zero).AsDouble(), low, high));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes PowerOfTwoEighths(Vector256Lanes rounded) =>
        new((((rounded._value.AsInt64() - Vector256.Create(LaneMath.EighthsBias)) >>> 3) << 52).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Decompose(Vector256Lanes x, out Vector256Lanes exponent)
    {
        var bits = x._value.AsInt64();
        exponent = new(((bits >>> 52) + Vector256.Create(LaneMath.RoundingMagicBits)).AsDouble() - Vector256.Create(LaneMath.RoundingMagic + 1023));
        return new(((bits & Vector256.Create(LaneMath.MantissaMask)) | Vector256.Create(LaneMath.OneBits)).AsDouble());
    }
}
