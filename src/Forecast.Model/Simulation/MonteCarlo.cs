using System.Runtime.CompilerServices;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// Runs the paths of many pairs, in parallel over pairs. A pair's result depends only on its model, the seed, the
/// path count and the factors' draws, so it is the same bits whatever the thread count, partitioning or order.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Years a path may run: far beyond any plan, and a bound on the memory a request can ask for.</summary>
    public const int MaxSteps = 100;

    /// <summary>The lane width that runs for <paramref name="requested"/> on this CPU.</summary>
    public static LaneWidth ResolveWidth(LaneWidth requested) => LaneWidths.Resolve(requested);

    public static SimulatedPair[] Run(IReadOnlyList<PathModel> models, IReadOnlyList<CommonFactor> factors, SimulationOptions options)
    {
        Validate(options);
        if (models.Count == 0)
            return [];

        var firstYear = models.Min(m => m.FirstYear);
        var lastYear = models.Max(m => m.TargetYear);
        var factorPaths = FactorPaths.Draw(factors, options.Seed, firstYear, lastYear, options.Paths, options.Width);
        var results = new SimulatedPair[models.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(
            0,
            models.Count,
            parallel,
            () => WorkspacePool.Rent(options.Paths),
            (i, _, workspace) =>
            {
                results[i] = Simulate(models[i], factorPaths, options, workspace);
                return workspace;
            },
            WorkspacePool.Return);
        return results;
    }

    /// <summary>One pair, on a workspace the caller keeps between pairs (one per thread).</summary>
    public static SimulatedPair Simulate(PathModel model, FactorPaths factors, SimulationOptions options, Workspace workspace)
    {
        Validate(options);
        if (model.Steps is 0 or > MaxSteps)
            throw new ArgumentException($"a path model simulates 1 to {MaxSteps} years, not {model.Steps}", nameof(model));
        if (workspace.Paths != options.Paths)
            throw new ArgumentException($"the workspace was made for {workspace.Paths} paths, not {options.Paths}", nameof(workspace));
        if (factors.Paths != options.Paths)
            throw new ArgumentException($"factor draws were made for {factors.Paths} paths, not {options.Paths}", nameof(factors));

        var paths = options.Paths;
        Span<int> factorOffsets = stackalloc int[model.Steps * model.Loadings.Length];
        for (var s = 0; s < model.Steps; s++)
        {
            for (var l = 0; l < model.Loadings.Length; l++)
                factorOffsets[(s * model.Loadings.Length) + l] = factors.Offset(model.Loadings[l].Factor, model.FirstYear + s);
        }

        var words = new ulong[HitSet.WordsFor(paths)];
        var finals = workspace.Finals;
        var yearly = options.Quantiles ? workspace.Yearly(model.Steps) : Span<double>.Empty;
        PathKernel.Simulate(options.Width, model, options.Seed, factors, factorOffsets, workspace, words, finals, yearly);

        var hits = new HitSet(words, paths);
        var met = hits.Count;
        var p = (double)met / paths;
        var standardError = Math.Sqrt(p * (1 - p) / paths);
        double? medianGap = null;
        var fan = Array.Empty<YearQuantiles>();
        if (options.Quantiles)
        {
            fan = new YearQuantiles[model.Steps];
            Span<double> q = stackalloc double[YearQuantiles.Probabilities.Length];
            for (var s = 0; s < model.Steps; s++)
            {
                workspace.Quantiles.Select(yearly.Slice(s * paths, paths), YearQuantiles.Probabilities, q);
                fan[s] = new YearQuantiles(model.FirstYear + s, model.ToValue(q[0]), model.ToValue(q[1]), model.ToValue(q[2]), model.ToValue(q[3]), model.ToValue(q[4]));
            }

            // An each-year flow's fan shows the yearly flows, but the target is judged on each path's worst year.
            if (model.Shape == PathShape.FlowEachYear)
            {
                workspace.Quantiles.Select(finals, [0.5], q[..1]);
                medianGap = Gap(model, model.ToValue(q[0]));
            }
            else
            {
                medianGap = Gap(model, fan[^1].P50);
            }
        }

        var shortfall = met == paths ? 0 : ShortfallSum(options.Width, model, finals, workspace.Missed) / (paths - met);
        return new SimulatedPair(paths, p, standardError, hits, shortfall, ShareOf(model, shortfall), medianGap, medianGap is { } gap ? ShareOf(model, gap) : null, fan);
    }

    /// <summary>Target minus value, signed so that a positive gap is a shortfall whichever way the target points.</summary>
    internal static double Gap(PathModel model, double value) => model.MeetsAbove ? model.Target - value : value - model.Target;

    private static double ShareOf(PathModel model, double amount) => model.Target != 0 ? amount / Math.Abs(model.Target) : double.NaN;

    /// <summary>
    /// Σ max(0, gap) over the paths that miss the target (a path that meets it counts 0, however its value rounds). The
    /// missed paths' states are packed first, in path order, so the transform to the indicator's unit (an exponential,
    /// say) runs for them alone; then entry i of the packed states goes to accumulator i mod 8, the eight are added
    /// pairwise, then the entries after the last whole eight in order: every lane width gives the same bits.
    /// </summary>
    private static double ShortfallSum(LaneWidth width, PathModel model, ReadOnlySpan<double> finals, double[] missed) => LaneWidths.Resolve(width) switch
    {
        LaneWidth.Vector512 => ShortfallSum<Vector512Lanes>(model, finals, missed),
        LaneWidth.Vector256 => ShortfallSum<Vector256Lanes>(model, finals, missed),
        _ => ShortfallSum<ScalarLanes>(model, finals, missed),
    };

    // Hot loops run for milliseconds at a time: compile them fully optimised at once rather than wait for tiering, and
    // never inline them into a caller, whose inlining budget would then run out before the lane arithmetic is inlined.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static double ShortfallSum<T>(PathModel model, ReadOnlySpan<double> finals, double[] missed) where T : struct, ILanes<T>
    {
        ref var f0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(finals);
        ref var m0 = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(missed);
        var threshold = T.Create(model.Threshold);
        var count = 0;
        var vectors = finals.Length / T.Count * T.Count;
        for (var p = 0; p < vectors; p += T.Count)
        {
            var state = T.Load(ref Unsafe.Add(ref f0, p));
            count += model.MeetsAbove
                ? T.AppendWhereLess(state, threshold, state, ref Unsafe.Add(ref m0, count))
                : T.AppendWhereLess(threshold, state, state, ref Unsafe.Add(ref m0, count));
        }

        for (var p = vectors; p < finals.Length; p++)
        {
            var state = ScalarLanes.Create(finals[p]);
            count += model.MeetsAbove
                ? ScalarLanes.AppendWhereLess(state, ScalarLanes.Create(model.Threshold), state, ref Unsafe.Add(ref m0, count))
                : ScalarLanes.AppendWhereLess(ScalarLanes.Create(model.Threshold), state, state, ref Unsafe.Add(ref m0, count));
        }

        T a0 = T.Create(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        var groups = count / 8;
        for (var g = 0; g < groups; g++)
        {
            ref var first = ref Unsafe.Add(ref m0, g * 8);
            a0 += MissedGap(model, T.Load(ref first));
            if (T.Count <= 4)
                a1 += MissedGap(model, T.Load(ref Unsafe.Add(ref first, T.Count)));
            if (T.Count == 1)
            {
                a2 += MissedGap(model, T.Load(ref Unsafe.Add(ref first, 2)));
                a3 += MissedGap(model, T.Load(ref Unsafe.Add(ref first, 3)));
                a4 += MissedGap(model, T.Load(ref Unsafe.Add(ref first, 4)));
                a5 += MissedGap(model, T.Load(ref Unsafe.Add(ref first, 5)));
                a6 += MissedGap(model, T.Load(ref Unsafe.Add(ref first, 6)));
                a7 += MissedGap(model, T.Load(ref Unsafe.Add(ref first, 7)));
            }
        }

        // Lane k of the accumulators holds the entries ≡ k (mod 8), whatever the width.
        Span<double> lanes = stackalloc double[8];
        T.Store(a0, ref lanes[0]);
        if (T.Count <= 4)
            T.Store(a1, ref lanes[T.Count]);
        if (T.Count == 1)
        {
            T.Store(a2, ref lanes[2]);
            T.Store(a3, ref lanes[3]);
            T.Store(a4, ref lanes[4]);
            T.Store(a5, ref lanes[5]);
            T.Store(a6, ref lanes[6]);
            T.Store(a7, ref lanes[7]);
        }

        var sum = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
        for (var i = groups * 8; i < count; i++)
            sum += MissedGap(model, ScalarLanes.Create(missed[i])).Value;
        return sum;
    }

    /// <summary>max(0, gap) of a path that missed the target (its value may still round onto the target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T MissedGap<T>(PathModel model, T state) where T : struct, ILanes<T>
    {
        var value = LaneMath.ToValue(state, model.Transform, model.TransformScale);
        var target = T.Create(model.Target);
        return T.Max(model.MeetsAbove ? target - value : value - target, T.Create(0));
    }

    private static void Validate(SimulationOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Paths, 1, nameof(options.Paths));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Paths, SimulationOptions.MaxPaths, nameof(options.Paths));
    }
}
