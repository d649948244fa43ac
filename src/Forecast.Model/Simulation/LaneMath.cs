using System.Runtime.CompilerServices;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// The transcendental functions the kernel needs, written once for every lane width from additions, multiplications,
/// fused multiply-adds, divisions and square roots, so the scalar and vector paths agree bit for bit (the runtime's
/// own Math.Exp and Vector512.Exp need not).
/// </summary>
internal static class LaneMath
{
    /// <summary>1.5·2^52: adding it rounds a double of magnitude below 2^51 to an integer held in the low mantissa bits.</summary>
    public const double RoundingMagic = 6755399441055744.0;

    public const long RoundingMagicBits = 0x4338_0000_0000_0000L; // the bits of RoundingMagic: a constant, so hot loops need no static lookup

    /// <summary>The bits of RoundingMagic less 1023·8: subtracted from k + RoundingMagic, leaves k + 1023·8 ≥ 0, so a logical shift by 3 gives the biased exponent of 2^(k div 8).</summary>
    public const long EighthsBias = RoundingMagicBits - (1023 * 8);

    public const long MantissaMask = 0x000F_FFFF_FFFF_FFFFL;

    public const long OneBits = 0x3FF0_0000_0000_0000L;

    /// <summary>2^-53: centres a 52-bit uniform in its cell.</summary>
    public const double HalfUlpOfUnit = 1.0 / (1UL << 53);


    // 2^(j/8), j = 0…7, correctly rounded: the table that lets Exp reduce its argument to |r| ≤ ln2/16.
    public const double Eighth0 = 1.0, Eighth1 = 1.0905077326652577, Eighth2 = 1.189207115002721, Eighth3 = 1.2968395546510096;
    public const double Eighth4 = 1.4142135623730951, Eighth5 = 1.5422108254079407, Eighth6 = 1.681792830507429, Eighth7 = 1.8340080864093424;
    private const double EightLog2E = 8 * 1.4426950408889634;
    private const double Ln2Hi8 = 0.693147180369123816490 / 8;  // fdlibm's ln 2 split, over 8: k·Ln2Hi8 is exact for |k| < 2^21
    private const double Ln2Lo8 = 1.90821492927058770002e-10 / 8;
    private const double Ln2 = 0.6931471805599453;
    private const double Sqrt2 = 1.4142135623730951;

    // Acklam's tail rational of the normal quantile (relative error below 1.15e-9 for p below 0.02425), from P. J.
    // Acklam, "An algorithm for computing the inverse normal cumulative distribution function" (2003).
    private const double C1 = -7.784894002430293e-03, C2 = -3.223964580411365e-01, C3 = -2.400758277161838e+00;
    private const double C4 = -2.549732539343734e+00, C5 = 4.374664141464968e+00, C6 = 2.938163982698783e+00;
    private const double D1 = 7.784695709041462e-03, D2 = 3.224671290700398e-01, D3 = 2.445134137142996e+00;
    private const double D4 = 3.754408661907416e+00;

    // The central rational z = q·N(r)/D(r), r = q², N and D of degree 5, on p in [0.01, 0.99]: fitted for this kernel
    // (near-minimax, by Lawson-weighted linearised least squares against MathNet's InvCDF) by `Forecast.Bench
    // fit-central 5 5 0.01`, which prints these constants (on linux-x64). Its largest error there is 2.64e-8 relative
    // (near p = 0.371) and 6.1e-8 absolute (at the ends, p = 0.01 and 0.99); LaneMathTests checks both on a million
    // points. Every draw off by at most ε = 6.1e-8 moves a year's increment by at most ε of the spreads it scales (the
    // pair's own and its L factors'), so a target of k years moves its P(meet) by at most about 0.4·ε·k·√(1 + L):
    // below 1e-6 for ten years and three loadings, against a Monte Carlo standard error of up to 5e-4 at a million
    // paths. (Wichura's PPND7, AS 241, is in use at 1e-7.) Degree 6 reaches 1e-9 but costs two more multiply-adds per
    // draw, and the draws are bound by multiply-add throughput: measured minutes apart, degree 5 draws 8% faster
    // (0.900 → 0.827 ns) and a level pair simulates 7% faster (1.300 → 1.213 ns). Narrowing the interval instead
    // (degree 5 holds 1e-9 on [0.025, 0.975]) sends 5% of the draws, not 2%, to the costlier tail formula.
    private const double N0 = 2.5066283406830414, N1 = -32.916387581292376, N2 = 161.42301406852008, N3 = -356.51488860949735;
    private const double N4 = 326.7551658285003, N5 = -73.88691143548424;
    private const double M1 = -14.178928416853239, M2 = 76.94325971451929, M3 = -196.39153117049122, M4 = 228.57434922955187;
    private const double M5 = -90.57200437407221;

    /// <summary>Below this (or above 1 minus it) Acklam's tail formula applies (it holds below 0.02425).</summary>
    public const double TailProbability = 0.01;

    /// <summary>
    /// (½ − <see cref="TailProbability"/>)²: p lies in a tail where (p − ½)² is at least this. Tested on the square the
    /// central rational computes anyway, so the test costs one compare.
    /// </summary>
    public const double TailSquare = (0.5 - TailProbability) * (0.5 - TailProbability);

    /// <summary>The standard normal quantile of uniforms in (0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T NormalQuantile<T>(T p) where T : struct, ILanes<T>
    {
        var q = p - T.Create(0.5);
        var r = q * q;
        var z = CentralQuantile(q, r);
        return T.GreaterOrEqualBits(r, T.Create(TailSquare)) != 0 ? T.SelectLess(r, T.Create(TailSquare), z, TailQuantile(p)) : z;
    }

    /// <summary>Bit i set where lane i of <paramref name="p"/> lies in a tail, where <see cref="TailQuantile"/> applies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong TailBits<T>(T p) where T : struct, ILanes<T>
    {
        var q = p - T.Create(0.5);
        return T.GreaterOrEqualBits(q * q, T.Create(TailSquare));
    }

    /// <summary>The central rational, right for p in [<see cref="TailProbability"/>, 1 − <see cref="TailProbability"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CentralQuantile<T>(T p) where T : struct, ILanes<T>
    {
        var q = p - T.Create(0.5);
        return CentralQuantile(q, q * q);
    }

    /// <summary>The central rational of q = p − ½ and r = q².</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CentralQuantile<T>(T q, T r) where T : struct, ILanes<T>
    {
        var num = T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.Create(N5), r, T.Create(N4)), r, T.Create(N3)), r, T.Create(N2)), r, T.Create(N1)), r, T.Create(N0));
        var den = T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.Create(M5), r, T.Create(M4)), r, T.Create(M3)), r, T.Create(M2)), r, T.Create(M1)), r, T.Create(1.0));
        return num * q / den;
    }

    /// <summary>Acklam's tail rational in √(−2 ln p), right for p below 0.02425 or above 0.97575.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T TailQuantile<T>(T p) where T : struct, ILanes<T>
    {
        var tail = T.Min(p, T.Create(1.0) - p);
        var s = T.Sqrt(T.Create(-2.0) * Log(tail));
        var num = T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.Create(C1), s, T.Create(C2)), s, T.Create(C3)), s, T.Create(C4)), s, T.Create(C5)), s, T.Create(C6));
        var den = T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.MultiplyAdd(T.Create(D1), s, T.Create(D2)), s, T.Create(D3)), s, T.Create(D4)), s, T.Create(1.0));
        var lower = num / den;
        return T.SelectLess(p, T.Create(0.5), lower, T.Create(0.0) - lower);
    }

    /// <summary>
    /// e^x for x in [−708, 709] (inputs outside are clamped), to within about 1 ulp: x = (k/8)·ln 2 + r with
    /// |r| ≤ ln2/16, so e^x = 2^(k div 8) · 2^((k mod 8)/8) · e^r, the middle factor from a table of eight and e^r − 1
    /// from a short series (the table halves the series a reduction by ln 2 alone needs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Exp<T>(T x) where T : struct, ILanes<T>
    {
        x = T.Max(T.Min(x, T.Create(709.0)), T.Create(-708.0));
        var rounded = T.MultiplyAdd(x, T.Create(EightLog2E), T.Create(RoundingMagic));
        var k = rounded - T.Create(RoundingMagic);
        var r = T.MultiplyAdd(k, T.Create(-Ln2Hi8), x);
        r = T.MultiplyAdd(k, T.Create(-Ln2Lo8), r);

        // e^r − 1 to r^8/8!: |r| ≤ 0.0434, so the first omitted term is below 2e-18.
        var q = T.Create(1.0 / 40320);
        q = T.MultiplyAdd(q, r, T.Create(1.0 / 5040));
        q = T.MultiplyAdd(q, r, T.Create(1.0 / 720));
        q = T.MultiplyAdd(q, r, T.Create(1.0 / 120));
        q = T.MultiplyAdd(q, r, T.Create(1.0 / 24));
        q = T.MultiplyAdd(q, r, T.Create(1.0 / 6));
        q = T.MultiplyAdd(q, r, T.Create(0.5));
        q = T.MultiplyAdd(q, r, T.Create(1.0));
        q *= r;
        var fraction = T.PowerOfTwoFraction(rounded);
        return T.MultiplyAdd(fraction, q, fraction) * T.PowerOfTwoEighths(rounded);
    }

    /// <summary>The natural logarithm of positive normal doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Log<T>(T x) where T : struct, ILanes<T>
    {
        var m = T.Decompose(x, out var e);

        // Centre the mantissa on 1 (in [√½, √2)) so the atanh series below converges fast.
        var halve = T.SelectLess(T.Create(Sqrt2), m, T.Create(1.0), T.Create(0.0));
        m = T.SelectLess(T.Create(Sqrt2), m, m * T.Create(0.5), m);
        e = e + halve;

        // ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716: ten terms leave an error below 1e-17.
        var s = (m - T.Create(1.0)) / (m + T.Create(1.0));
        var s2 = s * s;
        var p = T.Create(1.0 / 21);
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 19));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 17));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 15));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 13));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 11));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 9));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 7));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 5));
        p = T.MultiplyAdd(p, s2, T.Create(1.0 / 3));
        p = T.MultiplyAdd(p, s2, T.Create(1.0));
        var logM = T.Create(2.0) * s * p;
        return T.MultiplyAdd(e, T.Create(Ln2), logM);
    }

    /// <summary>A path's state in the indicator's unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ToValue<T>(T state, ValueTransform transform, double scale) where T : struct, ILanes<T> => transform switch
    {
        ValueTransform.Exp => Exp(state),
        ValueTransform.Logistic => T.Create(scale) / (T.Create(1.0) + Exp(T.Create(0.0) - state)),
        ValueTransform.AverageRate => (Exp(state / T.Create(scale)) - T.Create(1.0)) * T.Create(100.0),
        _ => state,
    };
}
