using System.Runtime.CompilerServices;

namespace Forecast.Model.Random;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), with the
/// finaliser of Vigna's reference <c>splitmix64.c</c>. The n-th output of a stream seeded with <c>s</c> is
/// <c>Mix(s + (n + 1)·γ)</c>, so any output can be computed directly from its counter: no state, no order.
/// </summary>
public static class SplitMix64
{
    /// <summary>The odd constant γ = 2^64 / φ that the reference adds per step.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>The reference finaliser (a variant of MurmurHash3's fmix64 with Stafford's "Mix13" constants).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The output at position <paramref name="counter"/> (0-based) of the stream seeded with <paramref name="seed"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong At(ulong seed, ulong counter) => Mix(seed + ((counter + 1) * Gamma));

    /// <summary>The reference's sequential form: advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Gamma;
        return Mix(state);
    }
}
