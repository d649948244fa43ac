using Forecast.Model.Random;

namespace Forecast.Model.Simulation;

/// <summary>
/// The common factors' draws for every path and year of a run, computed once and read by every pair that loads on
/// them: draw (factor f, year y, path k) is the same whichever pairs, threads or silos ask for it.
/// </summary>
public sealed class FactorPaths
{
    private readonly double[] _draws;

    private FactorPaths(IReadOnlyList<CommonFactor> factors, int firstYear, int years, int paths, double[] draws)
    {
        Factors = factors;
        FirstYear = firstYear;
        Years = years;
        Paths = paths;
        _draws = draws;
    }

    public IReadOnlyList<CommonFactor> Factors { get; }

    public int FirstYear { get; }

    public int Years { get; }

    public int Paths { get; }

    /// <summary>Factor draws (spread included) for <paramref name="paths"/> paths over [firstYear, lastYear].</summary>
    public static FactorPaths Draw(IReadOnlyList<CommonFactor> factors, ulong seed, int firstYear, int lastYear, int paths, LaneWidth width = LaneWidth.Auto)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear - 1);
        var years = lastYear - firstYear + 1;
        var draws = new double[(long)factors.Count * years * paths];
        var tails = new NormalScratch(paths);
        for (var f = 0; f < factors.Count; f++)
        {
            var streamSeed = CounterRandom.StreamSeed(seed, factors[f].Stream);
            for (var y = 0; y < years; y++)
            {
                var row = draws.AsSpan(((f * years) + y) * paths, paths);
                NormalDraws.Fill(width, row, streamSeed, firstYear + y, 0, tails);
                foreach (ref var draw in row)
                    draw *= factors[f].Spread;
            }
        }

        return new FactorPaths(factors, firstYear, years, paths, draws);
    }

    /// <summary>Where factor <paramref name="factor"/>'s draws for <paramref name="year"/> begin in <see cref="Data"/>.</summary>
    public int Offset(int factor, int year)
    {
        if (year < FirstYear || year >= FirstYear + Years)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"factor draws cover {FirstYear}–{FirstYear + Years - 1}");
        return ((factor * Years) + (year - FirstYear)) * Paths;
    }

    internal ref double Data => ref _draws.AsSpan().GetPinnableReference();
}
