namespace Forecast.Model.Forecasting;

/// <summary>What mostly decides whether a target is missed.</summary>
public enum RiskSource
{
    /// <summary>Settled by the figures already in: met, or the target year reached.</summary>
    None,

    /// <summary>The trend itself falls short: the central path misses.</summary>
    OwnTrend,

    /// <summary>The pair's own year-to-year spread.</summary>
    OwnSpread,

    /// <summary>A common factor's spread (the economy, the fiscal position).</summary>
    CommonFactor,

    /// <summary>A scenario shock turns a central path that would meet into one that misses.</summary>
    ScenarioShock,

    /// <summary>The target sits at the indicator's bound, which no path passes.</summary>
    Bound,

    /// <summary>No basis: the data gap itself.</summary>
    DataGap,

    /// <summary>How often goals like it are fulfilled: nothing of its own progress speaks to it yet.</summary>
    BaseRate,
}
