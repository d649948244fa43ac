namespace Forecast.Model.Forecasting;

/// <summary>How a pair's path is fitted and carried forward, by kind.</summary>
public enum TrajectoryMethod
{
    /// <summary>Unbounded positive levels (income, a standard in yuan): ln value moves by a constant drift a year.</summary>
    LogLinear,

    /// <summary>Rates bounded by their indicator's bound (coverage in %): logit(value ÷ bound) moves linearly, so no path passes the bound.</summary>
    LogitLinear,

    /// <summary>Levels that may be zero or negative: the value itself moves linearly.</summary>
    Linear,

    /// <summary>Flows (累计 totals, counts, yearly amounts): each remaining year adds a log-normal flow around the pace achieved.</summary>
    Pace,

    /// <summary>A required average growth rate (年均增长): the level the yearly rates imply over the plan period.</summary>
    AverageGrowth,
}
