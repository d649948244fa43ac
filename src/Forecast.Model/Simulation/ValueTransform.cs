namespace Forecast.Model.Simulation;

/// <summary>
/// How a path's state maps back to the indicator's unit. Every transform is increasing, so quantiles taken on the
/// state map straight onto quantiles of the value and only the five fan-chart points need transforming.
/// </summary>
public enum ValueTransform
{
    /// <summary>The state is the value (flow totals, linear levels).</summary>
    Identity,

    /// <summary>The state is the log of the value (log-linear levels).</summary>
    Exp,

    /// <summary>The state is logit(value ÷ bound) (rates bounded by 100 %).</summary>
    Logistic,

    /// <summary>The state is the sum of ln(1 + g) over the period's years; the value is the average rate in %.</summary>
    AverageRate,
}
