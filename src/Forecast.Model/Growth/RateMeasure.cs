namespace Forecast.Model.Growth;

/// <summary>How a rate is measured, so a table never compares a percentage with a pace.</summary>
public enum RateMeasure
{
    /// <summary>Compound growth in % a year, for unbounded levels (income, a standard in yuan).</summary>
    PercentPerYear,

    /// <summary>Percentage points a year, for shares and rates in %.</summary>
    PointsPerYear,

    /// <summary>
    /// Units a year: for flows, the pace achieved against the pace still required; for a level whose figures include
    /// a zero or less (where no compound rate exists), the change a year on both sides.
    /// </summary>
    PacePerYear,

    /// <summary>
    /// The figure is itself a rate (年均增长6%) or a share in % set for each year (年度增幅不低于3.5%, 毕业去向落实率90%):
    /// the latest value against the required one, in the indicator's unit, never "%/yr".
    /// </summary>
    Rate,
}
