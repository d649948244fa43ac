namespace Forecast.Model.Forecasting;

/// <summary>The rung of evidence a forecast stands on, strongest first (DESIGN.md, Concepts: Evidence).</summary>
public enum ForecastBasis
{
    /// <summary>Figures recorded from published outcomes, each with its source.</summary>
    Observed,

    /// <summary>The pair's own plan figures: its baseline and commitments, its target's own annual split.</summary>
    Planned,

    /// <summary>The plan of its linked pair (a level and the growth commitment of the same policy).</summary>
    Linked,

    /// <summary>The same indicator in other, independent jurisdictions, for the same kind of goal, partially pooled.</summary>
    Pooled,

    /// <summary>How often one-year commitments of its class are fulfilled: a documented prior that outcomes update.</summary>
    BaseRate,

    /// <summary>A trend the scenario states.</summary>
    Assumption,

    /// <summary>Nothing to rest on: no probability is given, and the pair is counted apart as insufficient data.</summary>
    None,
}
