using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>
/// A run as a workbook for planners who work in Excel or WPS: a summary (the run's identity, its lights, the
/// jurisdiction tree), the flagged targets, one sheet per jurisdiction with all its targets, the growth table and the
/// recorded observations with their sources. Headers are Chinese first; P(meet) is a number shown as a percentage, a
/// gap a number in the indicator's unit.
/// </summary>
public static class XlsxReport
{
    public const string SummarySheet = "概要 Summary";
    public const string FlaggedSheet = "预警 Flagged";
    public const string ObservationsSheet = "观测 Observations";

    /// <summary>The columns of every sheet that lists targets (the flagged ones and each jurisdiction's).</summary>
    public static IReadOnlyList<SheetColumn> TargetColumns { get; } =
    [
        new("预警 Flag"), new("地区 Jurisdiction"), new("指标 Indicator"), new("Indicator (English)"),
        new("目标 Goal"), new("目标值 Goal value", CellKind.Number), new("目标年份 Goal year", CellKind.Integer), new("单位 Unit"),
        new("完成概率 P(meet)", CellKind.Percent), new("概率误差 P(meet) error", CellKind.Percent),
        new("中位缺口 Median gap (unit)", CellKind.Number), new("缺口占目标 Gap share", CellKind.Percent),
        new("P5", CellKind.Number), new("P50", CellKind.Number), new("P95", CellKind.Number), new("计划路径值 Plan path value", CellKind.Number),
        new("依据 Evidence"), new("临界 Borderline"), new("原因 Reason"), new("Reason (English)"),
        new("条款 Clause"), new("原文 Quote"), new("文件 Seed document"), new("编号 Pair"),
    ];

    public static IReadOnlyList<SheetColumn> SummaryColumns { get; } =
    [
        new("项目 Item"), new("值 Value", CellKind.Value), new("目标 Targets", CellKind.Integer),
        new("可能未完成 Likely missed", CellKind.Integer), new("有风险 At risk", CellKind.Integer), new("进展正常 On track", CellKind.Integer),
        new("数据不足 Insufficient data", CellKind.Integer), new("预计完成 Expected met", CellKind.Number),
    ];

    public static IReadOnlyList<SheetColumn> ObservationColumns { get; } =
    [
        new("地区 Jurisdiction"), new("指标 Indicator"), new("编号 Pair"), new("年份 Year", CellKind.Integer), new("数值 Value", CellKind.Number), new("单位 Unit"),
        new("口径 Period"), new("状态 Status"), new("发布者 Publisher"), new("发布日期 Published"), new("网址 Source URL"), new("原文 Quote"),
        new("来源 Source"), new("记录人 Recorded by"), new("备注 Note"), new("取代 Supersedes"), new("被取代 Superseded by"), new("出处 Origin"),
    ];

    public static byte[] Write(RunReport report) => SpreadsheetXlsx.Write(Sheets(report));

    public static IReadOnlyList<Sheet> Sheets(RunReport report)
    {
        var places = report.Jurisdictions.ToDictionary(j => j.Id, j => $"{j.NameZh} {j.NameEn}", StringComparer.Ordinal);
        var sheets = new List<Sheet>
        {
            new(SummarySheet, SummaryColumns, SummaryRows(report)),
            new(FlaggedSheet, TargetColumns, report.Flagged.Select(p => TargetRow(p, places)).ToList()),
        };
        foreach (var rollup in report.Result.Rollups)
        {
            var own = report.Result.Pairs.Where(p => p.Definition.Jurisdiction == rollup.Jurisdiction).OrderBy(p => Flags.Rank(p.Flag)).ThenBy(p => p.PMeet ?? 2).ThenBy(p => p.Definition.Pair, StringComparer.Ordinal).ToList();
            if (own.Count == 0)
                continue;
            var view = report.Jurisdictions.FirstOrDefault(j => j.Id == rollup.Jurisdiction);
            sheets.Add(new Sheet(view is null ? rollup.Jurisdiction : $"{view.NameZh} {view.Id}", TargetColumns, own.Select(p => TargetRow(p, places)).ToList()));
        }

        sheets.Add(GrowthXlsx.Sheet(report.Result.Pairs.Select(GrowthLine.Of)));
        sheets.Add(new Sheet(ObservationsSheet, ObservationColumns, report.Result.Pairs.SelectMany(p => p.Observations.Select(o => ObservationRow(p, o, places))).ToList()));
        return sheets;
    }


    private static List<object?[]> SummaryRows(RunReport report)
    {
        var result = report.Result;
        var c = report.Counts;
        object?[] Fact(string item, object? value) => [item, value, null, null, null, null, null, null];
        var rows = new List<object?[]>
        {
            Fact("情景 Scenario", result.Scenario.Id),
            Fact("标题 Title", result.Scenario.Title),
            Fact("情景内容哈希 Scenario content hash", result.ContentHash),
            Fact("目录哈希 Catalog hash", result.CatalogHash),
            // The seed is an identifier of up to 20 digits, more than a spreadsheet number holds exactly: it stays text.
            Fact("随机种子 Seed", result.Scenario.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Fact("路径数 Paths", result.Scenario.Paths),
            Fact("截至年份 As of", result.Scenario.AsOfYear),
            Fact("模型版本 Model revision", result.ModelRevision),
            Fact("运行编号 Run id", result.RunId),
            new object?[] { "全部目标 All targets", null, result.Pairs.Count, c.LikelyMissed, c.AtRisk, c.OnTrack, c.InsufficientData, result.Pairs.Sum(p => p.PMeet ?? (p.Flag == Flags.Met ? 1 : 0)) },
        };
        if (result.Failures.Count > 0)
            rows.Add(Fact("失败 Failed pairs", string.Join(", ", result.Failures.Select(f => f.Pair))));
        rows.Add(Fact("地区 Jurisdiction tree (own targets and everything below)", null));

        var inScope = result.Rollups.Select(r => r.Jurisdiction).ToHashSet(StringComparer.Ordinal);
        var parents = report.Jurisdictions.ToDictionary(j => j.Id, j => j.ParentId, StringComparer.Ordinal);
        foreach (var root in result.Rollups.Where(r => parents.GetValueOrDefault(r.Jurisdiction) is not { } parent || !inScope.Contains(parent)))
            Node(report, root, inScope, 0, rows);
        return rows;
    }

    private static void Node(RunReport report, RollupView rollup, HashSet<string> inScope, int depth, List<object?[]> rows)
    {
        var view = report.Jurisdictions.FirstOrDefault(j => j.Id == rollup.Jurisdiction);
        // Indented with full-width spaces, which a spreadsheet keeps at the start of a text cell.
        var name = new string('\u3000', depth * 2) + (view is null ? rollup.Jurisdiction : $"{view.NameZh} {view.NameEn}");
        var f = rollup.Flags;
        rows.Add([name, rollup.Jurisdiction, rollup.Targets, f.LikelyMissed, f.AtRisk, f.OnTrack, f.InsufficientData, rollup.ExpectedMet]);
        if (depth >= 32)
            return;
        foreach (var child in (view?.Children ?? []).Where(inScope.Contains))
        {
            if (report.RollupOf(child) is { } c)
                Node(report, c, inScope, depth + 1, rows);
        }
    }

    private static object?[] TargetRow(PairForecastView p, IReadOnlyDictionary<string, string> places)
    {
        var d = p.Definition;
        var band = p.Fan.LastOrDefault(b => b.Year <= p.Goal.Year) ?? p.Fan.LastOrDefault();
        var (evidenceZh, evidenceEn) = ReportText.Evidence(p.Basis);
        return
        [
            ReportText.Label(p.Flag), places.GetValueOrDefault(d.Jurisdiction, d.Jurisdiction), d.NameZh, d.NameEn,
            ReportText.Goal(p.Goal), p.Goal.Value, p.Goal.Year, d.Unit,
            p.PMeet, p.StandardError, p.MedianGap, p.MedianGapShare,
            band?.P5, band?.P50, band?.P95, p.PlanPathValue,
            $"{evidenceZh} {evidenceEn}", p.Borderline, p.ReasonZh, p.ReasonEn,
            p.Goal.Source.Clause, p.Goal.Source.Evidence, p.Goal.Source.Seed, d.Pair,
        ];
    }

    private static object?[] ObservationRow(PairForecastView p, ObservationView o, IReadOnlyDictionary<string, string> places) =>
    [
        places.GetValueOrDefault(p.Definition.Jurisdiction, p.Definition.Jurisdiction), p.Definition.NameZh, p.Definition.Pair, o.Year, o.Value, p.Definition.Unit,
        o.Period, o.Status, o.Publisher, o.Published, o.SourceUrl, o.Evidence,
        o.Source, o.RecordedBy, o.Note, o.Supersedes, o.SupersededBy, o.Origin,
    ];
}
