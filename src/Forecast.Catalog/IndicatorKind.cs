namespace Forecast.Catalog;

/// <summary>How a figure of an indicator is read.</summary>
public enum IndicatorKind
{
    /// <summary>A stock or rate at a point in time: an income, a standard in yuan, a coverage share.</summary>
    Level,

    /// <summary>A sum of yearly flows over a period ("累计新增城镇就业5.1万人"); a one-year figure is that year's flow.</summary>
    Cumulative,

    /// <summary>An amount every year must reach ("每年开展…不少于50场").</summary>
    Annual,

    /// <summary>A required rate or relative raise ("年均增长6%", "提高6%").</summary>
    Growth,

    /// <summary>A number of units delivered in the stated year ("新建口袋公园15个").</summary>
    Count,
}
