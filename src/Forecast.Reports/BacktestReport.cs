using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Model.Calibration;

namespace Forecast.Reports;

/// <summary>A backtest as CSV (a row per goal scored), JSON (scores, bands and goals) and an offline HTML page with its reliability diagram.</summary>
public static class BacktestReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> Header { get; } =
    [
        "pair", "goal_role", "goal_year", "goal_comparator", "goal_value", "basis_at_cutoff", "p_meet_at_cutoff", "category_p",
        "met", "outcome_year", "outcome_value", "outcome_source", "p5", "p95", "inside_fan", "cutoff", "seed", "paths",
    ];

    public static string Csv(BacktestResult result)
    {
        using var text = new StringWriter(Invariant) { NewLine = "\n" };
        using (var csv = SpreadsheetCsv.Writer(text))
        {
            foreach (var name in Header)
                csv.WriteCell(name);
            csv.NextRecord();
            foreach (var g in result.Goals)
            {
                object?[] row =
                [
                    g.Pair.ToString(), g.Goal.Role.ToString().ToLowerInvariant(), g.Goal.Year, g.Goal.Comparator.ToSymbol(), g.Goal.Value,
                    KebabCase.Of(g.Basis.ToString()), g.PMeet, g.CategoryP, g.Met ? "yes" : "no", g.Outcome.Year, g.Outcome.Value, g.Outcome.Source,
                    g.P5, g.P95, g.InsideFan switch { true => "yes", false => "no", null => string.Empty }, result.Cutoff, result.Seed, result.Paths,
                ];
                foreach (var cell in row)
                    csv.WriteCell(cell);
                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    public static string Json(BacktestResult result) => JsonSerializer.Serialize(new
    {
        cutoff = result.Cutoff,
        outcomesAsOf = result.Latest,
        seed = result.Seed,
        paths = result.Paths,
        scored = result.Goals.Count,
        met = result.Goals.Count(g => g.Met),
        model = new { brier = Number(result.Model.Brier), logScore = Number(result.Model.LogScore) },
        rules = result.Rules.Select(r => new { rule = r.Rule, ruleZh = r.RuleZh, brier = Number(r.Brier), logScore = Number(r.LogScore) }),
        fan = new { inside = result.InsideFan, scored = result.WithFan },
        bands = result.Model.Bands.Select(b => new { from = b.From, to = b.To, count = b.Count, meanP = Number(b.MeanP), shareMet = Number(b.ShareMet) }),
        goals = result.Goals.Select(g => new
        {
            pair = g.Pair.ToString(),
            goal = new { role = g.Goal.Role.ToString().ToLowerInvariant(), year = g.Goal.Year, comparator = g.Goal.Comparator.ToSymbol(), value = g.Goal.Value, clause = g.Goal.Source.Clause },
            basis = KebabCase.Of(g.Basis.ToString()),
            pMeet = g.PMeet,
            categoryP = g.CategoryP,
            met = g.Met,
            outcome = new { year = g.Outcome.Year, value = g.Outcome.Value, source = g.Outcome.Source },
            p5 = g.P5,
            p95 = g.P95,
            insideFan = g.InsideFan,
        }),
    }, JsonReport.Options) + "\n";

    public static string Html(BacktestResult result, string scenarioTitle)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>回测 Backtest as of ").Append(result.Cutoff).Append("</title>\n")
            .Append("<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}td:first-child,th:first-child{text-align:left}.note{color:#555}</style>\n</head>\n<body>\n")
            .Append("<h1>回测 Backtest — ").Append(E(scenarioTitle)).Append("</h1>\n<p>The run a planner would have had at the end of ").Append(result.Cutoff)
            .Append(" (only figures of years up to it), scored on the ").Append(result.Goals.Count).Append(" goals whose outcome was recorded after it (outcomes as of ")
            .Append(result.Latest).Append("; seed ").Append(result.Seed).Append(", ").Append(result.Paths.ToString("#,0", Invariant)).Append(" paths). ")
            .Append(result.Goals.Count(g => g.Met)).Append(" were met.</p>\n");
        if (result.Goals.Count < 30)
            html.Append("<p class=\"note\">Few goals: each band of the diagram rests on a handful of outcomes, and the scores' own uncertainty is large. Record more outcomes (data/observations) to sharpen them.</p>\n");

        html.Append("<h2>得分 Scores (lower is better)</h2>\n<table>\n<tr><th>rule 规则</th><th>Brier</th><th>log score</th></tr>\n")
            .Append("<tr><td>Forecast 本模型</td><td>").Append(F(result.Model.Brier)).Append("</td><td>").Append(F(result.Model.LogScore)).Append("</td></tr>\n");
        foreach (var r in result.Rules)
            html.Append("<tr><td>").Append(E(r.RuleZh)).Append(' ').Append(E(r.Rule)).Append("</td><td>").Append(F(r.Brier)).Append("</td><td>").Append(F(r.LogScore)).Append("</td></tr>\n");
        html.Append("</table>\n<p>Outcomes inside the P5–P95 fan: ").Append(result.InsideFan).Append(" of ").Append(result.WithFan).Append(" (a calibrated fan holds about 90 %).</p>\n");

        html.Append("<h2>可靠性图 Reliability diagram</h2>\n").Append(Diagram(result.Model)).Append("\n<table>\n<tr><th>P(meet) band</th><th>goals</th><th>mean P</th><th>share met</th></tr>\n");
        foreach (var b in result.Model.Bands)
            html.Append("<tr><td>").Append(F(b.From)).Append('–').Append(F(b.To)).Append("</td><td>").Append(b.Count).Append("</td><td>").Append(F(b.MeanP)).Append("</td><td>").Append(F(b.ShareMet)).Append("</td></tr>\n");
        html.Append("</table>\n<h2>目标 Goals scored</h2>\n<table>\n<tr><th>pair</th><th>goal</th><th>evidence at cutoff</th><th>P(meet)</th><th>outcome</th><th>P5–P95</th><th>source</th></tr>\n");
        foreach (var g in result.Goals.OrderBy(g => g.PMeet))
        {
            html.Append("<tr><td>").Append(E(g.Pair.ToString())).Append("</td><td>").Append(E($"{g.Goal.Comparator.ToSymbol()}{ReportText.Number(g.Goal.Value)} ({g.Goal.Year})")).Append("</td><td>")
                .Append(E(KebabCase.Of(g.Basis.ToString()))).Append("</td><td>").Append(F(g.PMeet)).Append("</td><td>").Append(g.Met ? "met 达标 " : "missed 未达标 ")
                .Append(E($"{ReportText.Number(g.Outcome.Value)} ({g.Outcome.Year})")).Append("</td><td>")
                .Append(g.P5 is { } low && g.P95 is { } high ? E($"{ReportText.Number(low)}–{ReportText.Number(high)}") : "—").Append("</td><td style=\"text-align:left\">").Append(E(g.Outcome.Source)).Append("</td></tr>\n");
        }

        return html.Append("</table>\n</body>\n</html>\n").ToString();
    }

    /// <summary>Share met against mean P(meet) per band, the diagonal for perfect calibration, each dot sized by its count.</summary>
    private static string Diagram(CalibrationTable table)
    {
        const int size = 320, pad = 40;
        var svg = new StringBuilder();
        svg.Append("<svg role=\"img\" aria-label=\"reliability diagram\" width=\"").Append(size + (2 * pad)).Append("\" height=\"").Append(size + (2 * pad)).Append("\" viewBox=\"0 0 ")
            .Append(size + (2 * pad)).Append(' ').Append(size + (2 * pad)).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n")
            .Append("<rect x=\"").Append(pad).Append("\" y=\"").Append(pad).Append("\" width=\"").Append(size).Append("\" height=\"").Append(size).Append("\" fill=\"none\" stroke=\"#999\"/>\n")
            .Append("<line x1=\"").Append(pad).Append("\" y1=\"").Append(pad + size).Append("\" x2=\"").Append(pad + size).Append("\" y2=\"").Append(pad).Append("\" stroke=\"#bbb\" stroke-dasharray=\"4 4\"/>\n");
        foreach (var tick in new[] { 0, 0.5, 1 })
        {
            var at = tick * size;
            svg.Append("<text x=\"").Append(F(pad + at)).Append("\" y=\"").Append(pad + size + 16).Append("\" font-size=\"11\" text-anchor=\"middle\">").Append(F(tick)).Append("</text>\n")
                .Append("<text x=\"").Append(pad - 6).Append("\" y=\"").Append(F(pad + size - at + 4)).Append("\" font-size=\"11\" text-anchor=\"end\">").Append(F(tick)).Append("</text>\n");
        }

        svg.Append("<text x=\"").Append(pad + (size / 2)).Append("\" y=\"").Append(pad + size + 32).Append("\" font-size=\"12\" text-anchor=\"middle\">mean P(meet) 预测概率</text>\n")
            .Append("<text x=\"12\" y=\"").Append(pad + (size / 2)).Append("\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 12 ").Append(pad + (size / 2)).Append(")\">share met 实际达标比例</text>\n");
        foreach (var b in table.Bands.Where(b => b.Count > 0))
        {
            svg.Append("<circle cx=\"").Append(F(pad + (b.MeanP * size))).Append("\" cy=\"").Append(F(pad + size - (b.ShareMet * size))).Append("\" r=\"")
                .Append(F(3 + (2 * Math.Sqrt(b.Count)))).Append("\" fill=\"#1565c0\" fill-opacity=\"0.6\"><title>")
                .Append(E($"{F(b.From)}–{F(b.To)}: {b.Count} goals, mean P {F(b.MeanP)}, share met {F(b.ShareMet)}")).Append("</title></circle>\n");
        }

        return svg.Append("</svg>").ToString();
    }

    private static double? Number(double value) => double.IsFinite(value) ? value : null;

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.###", Invariant) : "—";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
