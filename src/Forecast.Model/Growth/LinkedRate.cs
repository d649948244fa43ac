using Forecast.Catalog;

namespace Forecast.Model.Growth;

/// <summary>A level's linked each-year growth pair and its yearly figures (planned and recorded), the rates the level is walked on.</summary>
public sealed record LinkedRate(PairId Partner, IReadOnlyList<DataPoint> Points)
{
    /// <summary>
    /// The raise (in %) of each year from <paramref name="from"/> to <paramref name="to"/>, as the forecast walks it: a
    /// recorded figure for the year, else the year's plan, else the pace carried from the recorded years, else from the
    /// planned ones; null where there is none.
    /// </summary>
    public IReadOnlyList<double>? RatesFor(int from, int to)
    {
        var recorded = Points.Where(p => p.Basis == PointBasis.Observed).ToList();
        var planned = Points.Where(p => p.Basis is PointBasis.Planned or PointBasis.Estimated).ToList();
        double? pace = recorded.Count > 0 ? recorded.Average(p => p.Value) : planned.Count > 0 ? planned.Average(p => p.Value) : null;
        if (pace is null)
            return null;
        return Enumerable.Range(from, Math.Max(0, to - from + 1))
            .Select(year => recorded.LastOrDefault(p => p.Year == year)?.Value ?? planned.LastOrDefault(p => p.Year == year)?.Value ?? pace.Value)
            .ToList();
    }
}
