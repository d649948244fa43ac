using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
    public static Vector256Lanes Uniforms(ulong streamSeed, ulong firstCounter)
    {
        var z = Vector256.Create(streamSeed + ((firstCounter + 1) * SplitMix64.Gamma)) + Vector256.Create(0x0000000000000000UL, 0x9E3779B97F4A7C15UL, 0x3C6EF372FE94F82AUL, 0xDAA66D2C7DDF743FUL); // lane i adds i·γ
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        z ^= z >>> 31;
        var unit = ((z >>> 12) | Vector256.Create((ulong)LaneMath.OneBits)).AsDouble() - Vector256<double>.One;
        return new(unit + Vector256.Create(LaneMath.HalfUlpOfUnit));
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
    public static bool AnyLess(Vector256Lanes a, Vector256Lanes b) => Vector256.LessThanAny(a._value, b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong GreaterOrEqualBits(Vector256Lanes a, Vector256Lanes b) => Vector256.GreaterThanOrEqual(a._value, b._value).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes PowerOfTwo(Vector256Lanes rounded) =>
        new(((rounded._value.AsInt64() - Vector256.Create(LaneMath.RoundingMagicBits - 1023)) << 52).AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256Lanes Decompose(Vector256Lanes x, out Vector256Lanes exponent)
    {
        var bits = x._value.AsInt64();
        exponent = new(((bits >>> 52) + Vector256.Create(LaneMath.RoundingMagicBits)).AsDouble() - Vector256.Create(LaneMath.RoundingMagic + 1023));
        return new(((bits & Vector256.Create(LaneMath.MantissaMask)) | Vector256.Create(LaneMath.OneBits)).AsDouble());
    }
}
