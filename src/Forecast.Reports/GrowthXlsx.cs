namespace Forecast.Reports;

/// <summary>
/// The analyst's growth table as a workbook sheet, the same fields as <see cref="GrowthCsv"/> under Chinese-first
/// headers, rates and values as numbers: for <c>GET /api/growth?format=xlsx</c> and a run's workbook.
/// </summary>
public static class GrowthXlsx
{
    public const string SheetName = "增长 Growth";

    public static IReadOnlyList<SheetColumn> Columns { get; } =
    [
        new("地区 Jurisdiction"), new("指标编号 Indicator id"), new("指标 Indicator"), new("Indicator (English)"), new("单位 Unit"), new("类型 Kind"), new("方向 Direction"),
        new("目标年份 Target year", CellKind.Integer), new("起始年份 From year", CellKind.Integer), new("比较 Comparator"), new("目标值 Target value", CellKind.Number),
        new("条款 Clause"), new("原文 Quote"),
        new("最新年份 Latest year", CellKind.Integer), new("最新值 Latest value", CellKind.Number), new("最新依据 Latest basis"), new("最新来源 Latest source"),
        new("历史起点年份 History from year", CellKind.Integer), new("历史起点值 History from value", CellKind.Number), new("历史起点依据 History from basis"),
        new("历史增速 Historical rate", CellKind.Number), new("所需增速 Required rate", CellKind.Number), new("增速单位 Rate unit"), new("比率 Ratio", CellKind.Number),
        new("类别 Category"), new("说明 Explanation"),
    ];

    public static Sheet Sheet(IEnumerable<GrowthLine> lines) => new(SheetName, Columns, lines.Select(Row).ToList());

    /// <summary>A workbook of the table alone.</summary>
    public static byte[] ToBytes(IEnumerable<GrowthLine> lines) => SpreadsheetXlsx.Write([Sheet(lines)]);

    private static object?[] Row(GrowthLine l) =>
    [
        l.Jurisdiction, l.Indicator, l.NameZh, l.NameEn, l.Unit, l.Kind, l.Direction,
        l.TargetYear, l.TargetFromYear, l.TargetComparator, l.TargetValue, l.TargetClause, l.TargetEvidence,
        l.LatestYear, l.LatestValue, l.LatestBasis, l.LatestSource,
        l.HistoryFromYear, l.HistoryFromValue, l.HistoryFromBasis,
        l.HistoricalRate, l.RequiredRate, l.RateUnit, l.Ratio, l.Category, l.Explanation,
    ];
}
