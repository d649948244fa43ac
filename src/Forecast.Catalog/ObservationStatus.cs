namespace Forecast.Catalog;

/// <summary>
/// How final a published figure is. A final figure settles a goal; an estimate or a part-year figure only narrows it.
/// Declared from least to most final: a figure may supersede only one that is not more final than itself.
/// </summary>
public enum ObservationStatus
{
    /// <summary>First-half or other part-year figures (上半年, 1-9月).</summary>
    Preliminary,

    /// <summary>A full-year figure given as an estimate: 预计, 左右, 约, 初步.</summary>
    Estimated,

    /// <summary>A statistical bulletin, a plan execution report, a completion announcement.</summary>
    Final,
}
