namespace Forecast.Model.Simulation;

/// <summary>What the paths of one pair say.</summary>
/// <param name="PMeet">The share of paths that meet the target.</param>
/// <param name="StandardError">The Monte Carlo standard error of <paramref name="PMeet"/>: √(p(1 − p)/N).</param>
/// <param name="ExpectedShortfall">The mean gap to the target over the paths that miss it, in the indicator's unit; 0 where none miss.</param>
/// <param name="ShortfallShare"><paramref name="ExpectedShortfall"/> as a share of the target.</param>
/// <param name="MedianGap">The median of (target − value), signed so positive means short; null unless quantiles were asked for.</param>
/// <param name="Fan">P5–P95 for every simulated year; empty unless quantiles were asked for.</param>
public sealed record SimulatedPair(
    int Paths,
    double PMeet,
    double StandardError,
    HitSet Hits,
    double ExpectedShortfall,
    double ShortfallShare,
    double? MedianGap,
    double? MedianGapShare,
    IReadOnlyList<YearQuantiles> Fan)
{
    /// <summary>A target the figures already settle: every path met it, or none did.</summary>
    public static SimulatedPair Certain(bool met, int paths, double target, double value, bool meetsAbove)
    {
        var words = new ulong[HitSet.WordsFor(paths)];
        if (met)
        {
            Array.Fill(words, ulong.MaxValue);
            if (paths % 64 != 0)
                words[^1] = (1UL << (paths % 64)) - 1;
        }

        var gap = meetsAbove ? target - value : value - target;
        var shortfall = met ? 0 : Math.Max(0, gap);
        var share = target != 0 ? shortfall / Math.Abs(target) : double.NaN;
        return new SimulatedPair(paths, met ? 1 : 0, 0, new HitSet(words, paths), shortfall, share, gap, target != 0 ? gap / Math.Abs(target) : null, []);
    }
}
