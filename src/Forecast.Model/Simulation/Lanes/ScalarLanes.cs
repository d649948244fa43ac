using System.Runtime.CompilerServices;
using Forecast.Model.Random;

namespace Forecast.Model.Simulation.Lanes;

/// <summary>One lane: the reference path, used for tails and wherever no vector unit is available.</summary>
internal readonly struct ScalarLanes(double value) : ILanes<ScalarLanes>
{
    private readonly double _value = value;

    public static int Count => 1;

    public static bool IsHardwareAccelerated => true;

    public double Value => _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Create(double value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Load(ref double source) => new(source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ScalarLanes value, ref double destination) => destination = value._value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes CentredUniforms32(ulong streamSeed, ulong firstCounter, out ScalarLanes high)
    {
        var bits = SplitMix64.At(streamSeed, firstCounter);
        high = new(CounterRandom.Uniform32((uint)(bits >> 32)) - 0.5);
        return new(CounterRandom.Uniform32((uint)bits) - 0.5);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes TailUniforms(ScalarLanes centred, ulong tailSeed, ulong counterBase, ref int offsets)
    {
        var bits = (uint)(centred._value * (1UL << 32)); // (bits + ½)·2^-32 scaled back: the fraction is dropped
        return new(CounterRandom.TailUniform(bits, (uint)(SplitMix64.At(tailSeed, counterBase + (ulong)offsets) >> 44)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes operator +(ScalarLanes a, ScalarLanes b) => new(a._value + b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes operator -(ScalarLanes a, ScalarLanes b) => new(a._value - b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes operator *(ScalarLanes a, ScalarLanes b) => new(a._value * b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes operator /(ScalarLanes a, ScalarLanes b) => new(a._value / b._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes MultiplyAdd(ScalarLanes a, ScalarLanes b, ScalarLanes c) => new(Math.FusedMultiplyAdd(a._value, b._value, c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Sqrt(ScalarLanes x) => new(Math.Sqrt(x._value));

    // Written as compares rather than Math.Min/Max so NaN and signed zeros behave as the vector minpd/maxpd do.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Min(ScalarLanes a, ScalarLanes b) => a._value < b._value ? a : b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Max(ScalarLanes a, ScalarLanes b) => a._value > b._value ? a : b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes SelectLess(ScalarLanes a, ScalarLanes b, ScalarLanes whenLess, ScalarLanes otherwise) =>
        a._value < b._value ? whenLess : otherwise;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes SelectLess(ScalarLanes a, ScalarLanes b, ScalarLanes whenLess, ScalarLanes otherwise, out ulong greaterOrEqualBits)
    {
        greaterOrEqualBits = a._value >= b._value ? 1UL : 0UL;
        return a._value < b._value ? whenLess : otherwise;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong GreaterOrEqualBits(ScalarLanes a, ScalarLanes b) => a._value >= b._value ? 1UL : 0UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AppendWhereLess(ScalarLanes a, ScalarLanes b, ScalarLanes values, ref double destination)
    {
        destination = values._value;
        return a._value < b._value ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes EqualMask(ScalarLanes a, ScalarLanes b) => new(BitConverter.Int64BitsToDouble(a._value == b._value ? -1L : 0L));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes operator |(ScalarLanes a, ScalarLanes b) =>
        new(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a._value) | BitConverter.DoubleToInt64Bits(b._value)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AnyEqual(ScalarLanes a, ScalarLanes b) => a._value == b._value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MaskBits(ScalarLanes mask) => (ulong)BitConverter.DoubleToInt64Bits(mask._value) >> 63;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes PowerOfTwoFraction(ScalarLanes rounded) =>
        new((BitConverter.DoubleToInt64Bits(rounded._value) & 7) switch
        {
            0 => LaneMath.Eighth0,
            1 => LaneMath.Eighth1,
            2 => LaneMath.Eighth2,
            3 => LaneMath.Eighth3,
            4 => LaneMath.Eighth4,
            5 => LaneMath.Eighth5,
            6 => LaneMath.Eighth6,
            _ => LaneMath.Eighth7,
        });

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes PowerOfTwoEighths(ScalarLanes rounded) =>
        new(BitConverter.Int64BitsToDouble((long)((ulong)(BitConverter.DoubleToInt64Bits(rounded._value) - LaneMath.EighthsBias) >> 3) << 52));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ScalarLanes Decompose(ScalarLanes x, out ScalarLanes exponent)
    {
        var bits = BitConverter.DoubleToInt64Bits(x._value);
        exponent = new(BitConverter.Int64BitsToDouble((bits >>> 52) + LaneMath.RoundingMagicBits) - (LaneMath.RoundingMagic + 1023));
        return new(BitConverter.Int64BitsToDouble((bits & LaneMath.MantissaMask) | LaneMath.OneBits));
    }
}
