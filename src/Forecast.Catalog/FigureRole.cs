namespace Forecast.Catalog;

/// <summary>What a figure is to its pair.</summary>
public enum FigureRole
{
    /// <summary>A plan-year goal, usually for 2025, from 总体目标 or 重点任务.</summary>
    Target,

    /// <summary>A yearly practical-matters commitment (为群众办实事清单), read as planned until observed.</summary>
    Commitment,

    /// <summary>A prior-year level the text implies exactly ("提高10元,达到129元" → 119).</summary>
    Baseline,
}
