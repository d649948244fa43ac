using System.Globalization;
using System.Text;
using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>One row per pair, for a spreadsheet; every row names the scenario, its content hash and seed, the catalog and the model revision.</summary>
public static class CsvReport
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "pair", "jurisdiction", "indicator", "name_zh", "name_en", "domain", "unit", "kind", "direction",
        "goal_role", "goal_year", "goal_from_year", "goal_comparator", "goal_value",
        "flag", "p_meet", "standard_error", "median_gap", "median_gap_share", "expected_shortfall", "shortfall_share",
        "p5_goal_year", "p50_goal_year", "p95_goal_year",
        "basis", "evidence_zh", "evidence_en", "borderline", "plan_path_value",
        "pace_needed", "pace_assumed", "pace_ratio", "pace_unit", "pace_from_year", "pace_probability", "pace_note",
        "method", "nowcast", "risk", "risk_factor", "reason_zh", "reason_en",
        "seed_document", "clause", "evidence",
        "scenario", "content_hash", "seed", "paths", "as_of_year", "catalog_hash", "model_revision",
    ];

    public static string Write(RunReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = SpreadsheetCsv.Writer(text))
        {
            foreach (var name in Header)
                csv.WriteCell(name);
            csv.NextRecord();
            var result = report.Result;
            foreach (var p in result.Pairs)
            {
                var band = p.Fan.LastOrDefault(b => b.Year <= p.Goal.Year) ?? p.Fan.LastOrDefault();
                var d = p.Definition;
                object?[] row =
                [
                    d.Pair, d.Jurisdiction, d.Indicator, d.NameZh, d.NameEn, d.Domain, d.Unit, d.Kind, d.Direction,
                    p.Goal.Role, p.Goal.Year, p.Goal.FromYear, p.Goal.Comparator, p.Goal.Value,
                    p.Flag, p.PMeet, p.StandardError, p.MedianGap, p.MedianGapShare, p.ExpectedShortfall, p.ShortfallShare,
                    band?.P5, band?.P50, band?.P95,
                    p.Basis, ReportText.Evidence(p.Basis).Zh, ReportText.Evidence(p.Basis).En, p.Borderline, p.PlanPathValue,
                    p.WhatItTakes?.Needed, p.WhatItTakes?.Assumed, p.WhatItTakes?.Ratio, p.WhatItTakes?.Unit, p.WhatItTakes?.FromYear, p.WhatItTakes?.Probability, p.WhatItTakesNote,
                    p.Method, p.Nowcast ? "yes" : "no", p.Risk, p.RiskFactor, p.ReasonZh, p.ReasonEn,
                    p.Goal.Source.Seed, p.Goal.Source.Clause, p.Goal.Source.Evidence,
                    result.Scenario.Id, result.ContentHash, result.Scenario.Seed, result.Scenario.Paths, result.Scenario.AsOfYear, result.CatalogHash, result.ModelRevision,
                ];
                foreach (var field in row)
                    csv.WriteCell(field);
                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
