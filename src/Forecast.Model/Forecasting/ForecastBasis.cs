namespace Forecast.Model.Forecasting;

/// <summary>What a forecast's trend rests on.</summary>
public enum ForecastBasis
{
    /// <summary>The pair's own points: its baseline, commitments (read as planned) and observations.</summary>
    History,

    /// <summary>The same indicator in other jurisdictions, where the pair has too few points of its own.</summary>
    Pooled,

    /// <summary>A trend the scenario states.</summary>
    Assumption,

    /// <summary>Nothing to rest on: no probability is given, and the pair is counted apart as insufficient data.</summary>
    None,
}
