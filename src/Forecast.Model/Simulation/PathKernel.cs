using System.Runtime.CompilerServices;
using Forecast.Model.Simulation.Lanes;

namespace Forecast.Model.Simulation;

/// <summary>
/// The inner loop. Paths go in blocks small enough that a block's normal draws for every year stay in the L1 cache:
/// the block's draws come first, a year's row at a time (<see cref="NormalDraws"/>); then T.Count paths at a time walk
/// through the years, each path's state held in a register. Nothing is allocated; every draw is a pure function of
/// (seed, the pair's stream, path, year).
/// </summary>
internal static class PathKernel
{
    /// <summary>Normal draws per block: 16 KiB, half the L1 data cache, leaving room for the factor draws read beside them.</summary>
    private const int BlockDraws = 2048;

    /// <summary>Paths per block for <paramref name="steps"/> years: a multiple of <see cref="NormalDraws.Block"/>.</summary>
    public static int BlockPaths(int steps) => Math.Max(NormalDraws.Block, BlockDraws / steps / NormalDraws.Block * NormalDraws.Block);

    /// <summary>Simulates every path of <paramref name="model"/>.</summary>
    /// <param name="hitWords">One bit per path, zeroed by the caller; set here where the path meets the target.</param>
    /// <param name="finals">The state at the target year, per path.</param>
    /// <param name="yearly">Empty, or Steps × paths: the state (or, for each-year flows, the year's flow) per year.</param>
    /// <param name="factorOffsets">Steps × loadings: where each loading's draws for the year begin in the factor data.</param>
    public static void Simulate(LaneWidth width, PathModel model, ulong seed, FactorPaths factors, ReadOnlySpan<int> factorOffsets, Workspace workspace, Span<ulong> hitWords, Span<double> finals, Span<double> yearly)
    {
        switch (LaneWidths.Resolve(width))
        {
            case LaneWidth.Vector512: Simulate<Vector512Lanes>(model, seed, factors, factorOffsets, workspace, hitWords, finals, yearly); break;
            case LaneWidth.Vector256: Simulate<Vector256Lanes>(model, seed, factors, factorOffsets, workspace, hitWords, finals, yearly); break;
            default: Simulate<ScalarLanes>(model, seed, factors, factorOffsets, workspace, hitWords, finals, yearly); break;
        }
    }

    private static void Simulate<T>(PathModel model, ulong seed, FactorPaths factors, ReadOnlySpan<int> factorOffsets, Workspace workspace, Span<ulong> hitWords, Span<double> finals, Span<double> yearly)
        where T : struct, ILanes<T>
    {
        var paths = finals.Length;
        var steps = model.Steps;
        var block = BlockPaths(steps);
        var persistent = model.Persistent > 0;
        var normals = workspace.Normals(block * (persistent ? steps + 1 : steps));
        var streamSeed = Random.CounterRandom.StreamSeed(seed, model.Stream);
        for (var first = 0; first < paths; first += block)
        {
            var count = Math.Min(block, paths - first);
            for (var s = 0; s < steps; s++)
                NormalDraws.Fill<T>(normals.Slice(s * block, count), streamSeed, model.FirstYear + s, first, workspace.NormalScratch);
            if (persistent)
                NormalDraws.Fill<T>(normals.Slice(steps * block, count), streamSeed, PathModel.PersistentStep, first, workspace.NormalScratch);

            var end = first + (count / T.Count * T.Count);
            switch (model.Shape)
            {
                case PathShape.Level:
                    Walk<T, LevelStep>(model, normals, block, first, factors, factorOffsets, first, end, hitWords, finals, yearly);
                    Walk<ScalarLanes, LevelStep>(model, normals, block, first, factors, factorOffsets, end, first + count, hitWords, finals, yearly);
                    break;
                case PathShape.FlowTotal:
                    Walk<T, FlowTotalStep>(model, normals, block, first, factors, factorOffsets, first, end, hitWords, finals, yearly);
                    Walk<ScalarLanes, FlowTotalStep>(model, normals, block, first, factors, factorOffsets, end, first + count, hitWords, finals, yearly);
                    break;
                default:
                    Walk<T, FlowEachYearStep>(model, normals, block, first, factors, factorOffsets, first, end, hitWords, finals, yearly);
                    Walk<ScalarLanes, FlowEachYearStep>(model, normals, block, first, factors, factorOffsets, end, first + count, hitWords, finals, yearly);
                    break;
            }
        }
    }

    /// <summary>One year of a path: how the state takes the year's increment, and what the year keeps for the fan chart.</summary>
    private interface IStep
    {
        static abstract T Take<T>(ref T state, T increment, bool meetsAbove) where T : struct, ILanes<T>;
    }

    private readonly struct LevelStep : IStep
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Take<T>(ref T state, T increment, bool meetsAbove) where T : struct, ILanes<T> => state += increment;
    }

    private readonly struct FlowTotalStep : IStep
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Take<T>(ref T state, T increment, bool meetsAbove) where T : struct, ILanes<T> => state += LaneMath.Exp(increment);
    }

    /// <summary>
    /// Keeps the year's value, in the model's space (a log amount, a logit rate, ln(1 + g)); the state is the worst year
    /// so far. Every transform to the unit is increasing, so the worst state is the worst value.
    /// </summary>
    private readonly struct FlowEachYearStep : IStep
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Take<T>(ref T state, T increment, bool meetsAbove) where T : struct, ILanes<T>
        {
            state = meetsAbove ? T.Min(state, increment) : T.Max(state, increment);
            return increment;
        }
    }

    /// <summary>
    /// Walks paths [<paramref name="from"/>, <paramref name="to"/>) through the years, given their normal draws; the
    /// shape is a type argument so that each shape's loop has no branch on it.
    /// </summary>
    /// <param name="normals">The block's draws: year s of path p at s × <paramref name="block"/> + p − <paramref name="first"/>.</param>
    // Hot loops run for milliseconds at a time: compile them fully optimised at once rather than wait for tiering, and
    // never inline them into a caller, whose inlining budget would then run out before the lane arithmetic is inlined.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static void Walk<T, TStep>(PathModel model, ReadOnlySpan<double> normals, int block, int first, FactorPaths factors, ReadOnlySpan<int> factorOffsets, int from, int to, Span<ulong> hitWords, Span<double> finals, Span<double> yearly)
        where T : struct, ILanes<T>
        where TStep : struct, IStep
    {
        var steps = model.Steps;
        var loadings = model.Loadings;
        var paths = finals.Length;
        var keepYears = !yearly.IsEmpty;
        var shape = model.Shape;
        var meetsAbove = model.MeetsAbove;
        var spread = T.Create(model.Spread);
        var threshold = T.Create(model.Threshold);
        var start = T.Create(shape switch
        {
            PathShape.FlowEachYear => meetsAbove ? double.MaxValue : double.MinValue,
            _ => model.Start,
        });
        ref var factor0 = ref factors.Data;
        var loadingCount = loadings.Length;
        if (factorOffsets.Length != steps * loadingCount)
            throw new ArgumentException($"{steps} years × {loadingCount} loadings need as many factor offsets, not {factorOffsets.Length}", nameof(factorOffsets));
        ref var offset0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(factorOffsets);
        ref var loading0 = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(loadings);
        ref var shift0 = ref model.Shift[0];
        ref var normal0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(normals);
        ref var final0 = ref finals.GetPinnableReference();
        ref var yearly0 = ref yearly.GetPinnableReference();

        var persistentSpread = model.Persistent;
        var persistentRow = steps * block;

        // The common case (no common factor, no fan chart, no persistent part) in a loop of its own: a load, a
        // multiply-add and the step per year, so that the loop overhead does not cost as much as the arithmetic.
        var stepScale = model.StepScale;
        if (loadingCount == 0 && !keepYears && persistentSpread == 0 && stepScale is null)
        {
            for (var p = from; p < to; p += T.Count)
            {
                var state = start;
                ref var normal = ref Unsafe.Add(ref normal0, p - first);
                for (var s = 0; s < steps; s++)
                    TStep.Take(ref state, T.MultiplyAdd(T.Load(ref Unsafe.Add(ref normal, s * block)), spread, T.Create(Unsafe.Add(ref shift0, s))), meetsAbove);

                T.Store(state, ref Unsafe.Add(ref final0, p));
                var bits = meetsAbove ? T.GreaterOrEqualBits(state, threshold) : T.GreaterOrEqualBits(threshold, state);
                hitWords[p >> 6] |= bits << (p & 63);
            }

            return;
        }

        var persistentScale = T.Create(persistentSpread);
        for (var p = from; p < to; p += T.Count)
        {
            var state = start;

            // The persistent part of fulfilment: one draw per path and pair, shared by every year of the path.
            var held = persistentSpread == 0 ? T.Create(0) : T.Load(ref Unsafe.Add(ref normal0, persistentRow + p - first)) * persistentScale;
            for (var s = 0; s < steps; s++)
            {
                // With a step scale the draws are summed first and scaled, then the year's shift added; without, the
                // shift goes in first (the order every recorded revision's bits were computed in).
                var shift = T.Create(Unsafe.Add(ref shift0, s));
                var increment = T.MultiplyAdd(T.Load(ref Unsafe.Add(ref normal0, (s * block) + p - first)), spread, stepScale is null ? shift + held : held);
                for (var l = 0; l < loadingCount; l++)
                {
                    var draws = T.Load(ref Unsafe.Add(ref factor0, Unsafe.Add(ref offset0, (s * loadingCount) + l) + p));
                    increment = T.MultiplyAdd(draws, T.Create(Unsafe.Add(ref loading0, l).Beta), increment);
                }

                if (stepScale is not null)
                    increment = T.MultiplyAdd(increment, T.Create(stepScale[s]), shift);

                var kept = TStep.Take(ref state, increment, meetsAbove);
                if (keepYears)
                    T.Store(kept, ref Unsafe.Add(ref yearly0, (s * paths) + p));
            }

            T.Store(state, ref Unsafe.Add(ref final0, p));
            var bits = meetsAbove ? T.GreaterOrEqualBits(state, threshold) : T.GreaterOrEqualBits(threshold, state);
            hitWords[p >> 6] |= bits << (p & 63);
        }
    }
}
