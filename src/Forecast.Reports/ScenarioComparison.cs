using System.Globalization;
using System.Text;
using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>
/// The planner's "what if": every pair both runs assessed, how far P(meet) moves from the first to the second, and
/// whether its light changes; biggest move first, pairs without a probability in either run last.
/// </summary>
public sealed record ScenarioComparison(RunResult First, RunResult Second, IReadOnlyList<PairMove> Moves, IReadOnlyList<string> OnlyInFirst, IReadOnlyList<string> OnlyInSecond)
{
    public IReadOnlyList<PairMove> FlagChanges => Moves.Where(m => m.FlagChanged).ToList();

    public static ScenarioComparison Of(RunResult first, RunResult second)
    {
        var byPair = second.Pairs.ToDictionary(p => p.Definition.Pair, StringComparer.Ordinal);
        var moves = new List<PairMove>();
        foreach (var a in first.Pairs)
        {
            if (!byPair.TryGetValue(a.Definition.Pair, out var b))
                continue;
            // Rounded far below the Monte Carlo error, so the CSV shows -0.1458 rather than -0.14580000000000004.
            double? move = a.PMeet is { } pa && b.PMeet is { } pb ? Math.Round(pb - pa, 6) : null;
            moves.Add(new PairMove(a.Definition.Pair, a.Definition.NameZh, a.Definition.NameEn, a.Flag, b.Flag, a.PMeet, b.PMeet, move, b.ReasonZh, b.ReasonEn));
        }

        var firstPairs = first.Pairs.Select(p => p.Definition.Pair).ToHashSet(StringComparer.Ordinal);
        return new ScenarioComparison(
            first,
            second,
            moves.OrderBy(m => m.Move is null).ThenByDescending(m => Math.Abs(m.Move ?? 0)).ThenBy(m => m.Move ?? 0).ThenBy(m => m.Pair, StringComparer.Ordinal).ToList(),
            firstPairs.Where(p => !byPair.ContainsKey(p)).Order(StringComparer.Ordinal).ToList(),
            second.Pairs.Select(p => p.Definition.Pair).Where(p => !firstPairs.Contains(p)).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Every pair in both runs, one row each, biggest move first; the header names both scenarios' hashes and seeds.</summary>
    public string ToCsv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = SpreadsheetCsv.Writer(text))
        {
            foreach (var name in new[] { "pair", "name_zh", "name_en", "flag_a", "flag_b", "flag_changed", "p_meet_a", "p_meet_b", "move", "reason_b_zh", "reason_b_en", "scenario_a", "content_hash_a", "seed_a", "scenario_b", "content_hash_b", "seed_b", "catalog_hash" })
                csv.WriteCell(name);
            csv.NextRecord();
            foreach (var m in Moves)
            {
                foreach (var field in new object?[] { m.Pair, m.NameZh, m.NameEn, m.FlagA, m.FlagB, m.FlagChanged ? "yes" : "no", m.PMeetA, m.PMeetB, m.Move, m.ReasonZhB, m.ReasonEnB, First.Scenario.Id, First.ContentHash, First.Scenario.Seed, Second.Scenario.Id, Second.ContentHash, Second.Scenario.Seed, Second.CatalogHash })
                    csv.WriteCell(field);
                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    public static Encoding Encoding => CsvReport.Encoding;

    public const string SummarySheet = "概要 Summary";
    public const string ChangesSheet = "灯号变化 Light changes";
    public const string AllSheet = "全部 All pairs";

    public static IReadOnlyList<SheetColumn> MoveColumns { get; } =
    [
        new("编号 Pair"), new("指标 Indicator"), new("Indicator (English)"), new("预警 A Flag A"), new("预警 B Flag B"), new("灯号变化 Light changed"),
        new("完成概率 A P(meet) A", CellKind.Percent), new("完成概率 B P(meet) B", CellKind.Percent), new("变动 Move", CellKind.PercentChange),
        new("原因(B) Reason in B"), new("Reason in B (English)"),
    ];

    /// <summary>
    /// The comparison as a workbook: both runs' identities and the counts, the pairs whose light changes, and every
    /// pair in both runs, biggest move first (the rows of <see cref="ToCsv"/>).
    /// </summary>
    public byte[] ToXlsx()
    {
        object?[] Fact(string item, object? value) => [item, value];
        var invariant = CultureInfo.InvariantCulture;
        var summary = new List<object?[]>
        {
            Fact("情景 A Scenario A", First.Scenario.Id),
            Fact("标题 A Title A", First.Scenario.Title),
            Fact("内容哈希 A Content hash A", First.ContentHash),
            Fact("随机种子 A Seed A", First.Scenario.Seed.ToString(invariant)),
            Fact("情景 B Scenario B", Second.Scenario.Id),
            Fact("标题 B Title B", Second.Scenario.Title),
            Fact("内容哈希 B Content hash B", Second.ContentHash),
            Fact("随机种子 B Seed B", Second.Scenario.Seed.ToString(invariant)),
            Fact("目录哈希 Catalog hash", Second.CatalogHash),
            Fact("模型版本 Model revision", Second.ModelRevision),
            Fact("两次都有的目标 Targets in both", Moves.Count),
            Fact("灯号变化 Light changes", FlagChanges.Count),
            Fact("概率变动≥1个百分点 P(meet) moved by 0.01 or more", Moves.Count(m => Math.Abs(m.Move ?? 0) >= 0.01)),
            Fact("仅在 A Only in A", OnlyInFirst.Count),
            Fact("仅在 B Only in B", OnlyInSecond.Count),
        };
        return SpreadsheetXlsx.Write(
        [
            new Sheet(SummarySheet, [new("项目 Item"), new("值 Value", CellKind.Value)], summary),
            new Sheet(ChangesSheet, MoveColumns, FlagChanges.Select(MoveRow).ToList()),
            new Sheet(AllSheet, MoveColumns, Moves.Select(MoveRow).ToList()),
        ]);
    }

    private static object?[] MoveRow(PairMove m) =>
    [
        m.Pair, m.NameZh, m.NameEn, ReportText.Label(m.FlagA), ReportText.Label(m.FlagB), m.FlagChanged ? "是 yes" : "否 no",
        m.PMeetA, m.PMeetB, m.Move, m.ReasonZhB, m.ReasonEnB,
    ];
}

/// <summary>One pair across two runs.</summary>
/// <param name="Move">P(meet) in the second run minus the first; null where either has no probability.</param>
public sealed record PairMove(string Pair, string NameZh, string NameEn, string FlagA, string FlagB, double? PMeetA, double? PMeetB, double? Move, string ReasonZhB, string ReasonEnB)
{
    public bool FlagChanged => FlagA != FlagB;
}
