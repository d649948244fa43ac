namespace Forecast.Catalog;

/// <summary>Which side of a figure counts as meeting it.</summary>
public enum Direction
{
    /// <summary>More is better: the figure is a floor.</summary>
    Up,

    /// <summary>Less is better (pollution, mortality): the figure is a ceiling.</summary>
    Down,

    /// <summary>Keep at the figure (100 %, "动态为零").</summary>
    Hold,
}
