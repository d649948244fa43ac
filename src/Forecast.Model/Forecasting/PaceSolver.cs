using System.Numerics;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// Solves what it takes on the kernel: the steady pace at which a pair meets its goal with a given probability. Every
/// trial pace runs the pair's own paths with the same draws (common random numbers from its seeded stream and the
/// run's factor draws), so the share of paths that meet is monotone in the pace and the answer is deterministic: the
/// least pace (the greatest, for a target met from below) at which at least that share meets, to a small fraction
/// of a year's spread.
/// </summary>
internal static class PaceSolver
{
    /// <summary>Paths a solve runs at most: the run's first paths, the same draws as its forecast.</summary>
    public const int MaxPaths = 10_000;

    private const int MaxDoublings = 60;
    private const int MaxHalvings = 60;

    /// <summary>The pace in the model's space; null where no pace reaches the probability (a recorded year decides against it, a bound).</summary>
    public static double? Solve(PaceFrame frame, IReadOnlyList<CommonFactor> factors, ulong seed, int paths, double probability, LaneWidth width = LaneWidth.Auto)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 1);
        if (frame.DrawnYears == 0 || !(probability is > 0 and <= 1))
            return null;

        var model = frame.Model;
        var factorPaths = FactorPaths.Draw(factors, seed, model.FirstYear, model.TargetYear, paths, width);
        var workspace = WorkspacePool.Rent(paths);
        try
        {
            var need = (int)Math.Ceiling((probability * paths) - 1e-9);
            // Up targets are met more as the pace rises; down targets as it falls: solve on a pace that always helps.
            var sign = model.MeetsAbove ? 1 : -1;
            bool Meets(double c) => Hits(frame.At(sign * c), seed, paths, factorPaths, width, workspace) >= need;

            var start = sign * frame.Assumed;
            var spread = YearSpread(model, factors);
            var step = Math.Max(Math.Max(spread, 0.25 * Math.Abs(start)), 1e-6);
            double lo, hi;
            if (Meets(start))
            {
                hi = start;
                lo = start - step;
                for (var i = 0; Meets(lo); i++, step *= 2)
                {
                    if (i == MaxDoublings)
                        return sign * lo;
                    hi = lo;
                    lo -= step;
                }
            }
            else
            {
                lo = start;
                hi = start + step;
                for (var i = 0; !Meets(hi); i++, step *= 2)
                {
                    if (i == MaxDoublings || !double.IsFinite(hi))
                        return null;
                    lo = hi;
                    hi += step;
                }
            }

            var tolerance = Math.Max(1e-4 * Math.Max(spread, 1e-3), 1e-12 * Math.Abs(hi));
            for (var i = 0; i < MaxHalvings && hi - lo > tolerance; i++)
            {
                var mid = 0.5 * (lo + hi);
                if (Meets(mid))
                    hi = mid;
                else
                    lo = mid;
            }

            return sign * hi;
        }
        finally
        {
            WorkspacePool.Return(workspace);
        }
    }

    /// <summary>What it takes, in planners' terms; null where the frame has no year left to draw.</summary>
    public static RequiredPace? Required(PaceFrame frame, IReadOnlyList<CommonFactor> factors, ulong seed, int paths, double probability, LaneWidth width = LaneWidth.Auto)
    {
        if (frame.DrawnYears == 0)
            return null;
        var needed = Solve(frame, factors, seed, Math.Min(paths, MaxPaths), probability, width);
        return RequiredPace.Of(frame.Measure, frame.FromYear, frame.DrawnYears, probability, needed is { } c ? frame.ToPace(c) : null, frame.ToPace(frame.Assumed));
    }

    /// <summary>A year's whole spread in the model's space: own, persistent and the factors'.</summary>
    private static double YearSpread(PathModel model, IReadOnlyList<CommonFactor> factors)
    {
        var variance = (model.Spread * model.Spread) + (model.Persistent * model.Persistent);
        foreach (var l in model.Loadings)
            variance += Math.Pow(l.Beta * factors[l.Factor].Spread, 2);
        return Math.Sqrt(variance);
    }

    private static int Hits(PathModel model, ulong seed, int paths, FactorPaths factors, LaneWidth width, Workspace workspace)
    {
        Span<int> factorOffsets = stackalloc int[model.Steps * model.Loadings.Length];
        for (var s = 0; s < model.Steps; s++)
        {
            for (var l = 0; l < model.Loadings.Length; l++)
                factorOffsets[(s * model.Loadings.Length) + l] = factors.Offset(model.Loadings[l].Factor, model.FirstYear + s);
        }

        Span<ulong> words = new ulong[HitSet.WordsFor(paths)];
        PathKernel.Simulate(width, model, seed, factors, factorOffsets, workspace, words, workspace.Finals, Span<double>.Empty);
        var count = 0;
        foreach (var word in words)
            count += BitOperations.PopCount(word);
        return count;
    }
}
