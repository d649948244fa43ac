namespace Forecast.Model.Forecasting;

/// <summary>How a pair's pace is spoken of: as its kind is read, so a pace never mixes %/yr with units a year.</summary>
public enum PaceMeasure
{
    /// <summary>Amounts a year in the indicator's unit (flows, linear levels, a one-year commitment's amount).</summary>
    UnitsPerYear,

    /// <summary>Growth in % a year (levels that compound, average-growth goals).</summary>
    PercentPerYear,

    /// <summary>Percentage points a year (shares in %).</summary>
    PointsPerYear,
}
