using System.Globalization;
using System.Net;
using System.Text;
using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>
/// One self-contained HTML file a planner can mail on: no scripts, fonts or images from elsewhere, so it opens
/// offline. Fan charts are inline SVG; every figure names its seed clause and the verbatim evidence.
/// </summary>
public static class HtmlReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(RunReport report)
    {
        var result = report.Result;
        var scenario = result.Scenario;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(scenario.Title)).Append(" — 预测报告 Forecast report</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(E(scenario.Title)).Append("</h1>\n")
            .Append("<p class=\"sub\">民生目标预测报告 · Forecast report: which targets are likely to be missed, by how much and why</p>\n")
            .Append("<dl class=\"ids\">\n");
        Term(html, "情景 Scenario", $"{scenario.Id}");
        Term(html, "内容哈希 Content hash", result.ContentHash);
        Term(html, "随机种子 Seed", scenario.Seed.ToString(Invariant));
        Term(html, "路径 Paths", scenario.Paths.ToString("#,0", Invariant));
        Term(html, "起点年份 As of", scenario.AsOfYear.ToString(Invariant));
        Term(html, "目录哈希 Catalog hash", result.CatalogHash);
        Term(html, "模型版本 Model revision", result.ModelRevision ?? "—");
        Term(html, "运行 Run", result.RunId);
        html.Append("</dl>\n<p class=\"repro\">Reproduce: <code>forecast run ").Append(E(scenario.Id)).Append(".yaml</code> with a file of the same content hash, this catalog and a build of this model revision gives the same numbers.</p>\n");
        Counts(html, report.Counts);
        html.Append("</header>\n<main>\n");

        Assumptions(html, scenario);
        Tree(html, report);
        FlaggedPairs(html, report);
        AllPairs(html, result);
        if (result.Failures.Count > 0)
        {
            html.Append("<section>\n<h2>未能计算 Pairs that failed</h2>\n<ul>\n");
            foreach (var f in result.Failures)
                html.Append("<li><code>").Append(E(f.Pair)).Append("</code>: ").Append(E(f.Error)).Append("</li>\n");
            html.Append("</ul>\n</section>\n");
        }

        html.Append("</main>\n<footer>Flags: likely missed (可能未完成) when P(meet) &lt; ")
            .Append(ReportText.Number(scenario.Thresholds.LikelyMissedBelow)).Append(", at risk (有风险) when &lt; ").Append(ReportText.Number(scenario.Thresholds.AtRiskBelow))
            .Append(", else on track (进展正常); met (已达标) or missed (未达标) where a final recorded figure settles the goal, with no probability; insufficient data (数据不足) where nothing speaks to it — never invented. ")
            .Append("Spreads where a pair has fewer than three points are the documented assumptions of scenarios/priors.yaml.</footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Counts(StringBuilder html, FlagCounts counts)
    {
        html.Append("<ul class=\"counts\">\n");
        foreach (var flag in Flags.All)
            html.Append("<li class=\"").Append(flag).Append("\"><b>").Append(ReportText.CountOf(counts, flag)).Append("</b> ").Append(ReportText.Label(flag)).Append("</li>\n");
        html.Append("</ul>\n");
    }

    private static void Assumptions(StringBuilder html, Scenario scenario)
    {
        if (scenario.Factors.Count == 0 && scenario.Shocks.Count == 0 && scenario.Overrides.Count == 0)
        {
            html.Append("<section>\n<h2>假设 Assumptions</h2>\n<p>No shock, factor or override: the priors of scenarios/priors.yaml only.</p>\n</section>\n");
            return;
        }

        html.Append("<section>\n<h2>假设 Assumptions</h2>\n<ul>\n");
        foreach (var f in scenario.Factors)
        {
            html.Append("<li>factor <b>").Append(E(f.Name)).Append("</b>");
            if (f.Spread is { } s)
                html.Append(": yearly spread ").Append(ReportText.Number(s));
            foreach (var l in f.Loadings)
                html.Append("; ").Append(E(l.Target)).Append(" β ").Append(ReportText.Number(l.Beta));
            html.Append("</li>\n");
        }

        foreach (var s in scenario.Shocks)
        {
            var target = string.Join(", ", new[] { s.Factor is null ? null : $"factor {s.Factor}", s.Domain is null ? null : $"domain {s.Domain}", s.Indicator is null ? null : $"indicator {s.Indicator}", s.Jurisdiction is null ? null : $"in {s.Jurisdiction}" }.Where(x => x is not null));
            html.Append("<li>shock <b>").Append(E(s.Name)).Append("</b> on ").Append(E(target)).Append(", ").Append(s.FromYear.ToString(Invariant)).Append('–').Append(s.ToYear.ToString(Invariant))
                .Append(": ").Append(ReportText.Number(s.Shift)).Append(" log units a year (≈ ").Append(ReportText.Number(Math.Round((Math.Exp(s.Shift) - 1) * 100, 1))).Append(" %)</li>\n");
        }

        foreach (var o in scenario.Overrides)
        {
            html.Append("<li>override <code>").Append(E(o.Pair)).Append("</code>");
            if (o.GrowthMean is { } m)
                html.Append(": trend ").Append(ReportText.Number(m));
            if (o.GrowthSpread is { } sp)
                html.Append(", spread ").Append(ReportText.Number(sp));
            foreach (var obs in o.Observations)
                html.Append("; ").Append(obs.Year.ToString(Invariant)).Append(" = ").Append(ReportText.Number(obs.Value)).Append(" (").Append(E(obs.Source)).Append(')');
            html.Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void Tree(StringBuilder html, RunReport report)
    {
        html.Append("<section>\n<h2>辖区 Jurisdictions</h2>\n<p class=\"note\">Each node counts its own targets and everything below it; expected met is Σ P(meet) over the assessed targets.</p>\n");
        var inScope = report.Result.Rollups.Select(r => r.Jurisdiction).ToHashSet(StringComparer.Ordinal);
        var roots = report.Result.Rollups.Where(r => ParentOf(report, r.Jurisdiction) is not { } parent || !inScope.Contains(parent)).ToList();
        html.Append("<ul class=\"tree\">\n");
        foreach (var root in roots)
            Node(html, report, root, inScope, 0);
        html.Append("</ul>\n</section>\n");
    }

    private static void Node(StringBuilder html, RunReport report, RollupView rollup, HashSet<string> inScope, int depth)
    {
        var view = report.Jurisdictions.FirstOrDefault(j => j.Id == rollup.Jurisdiction);
        html.Append("<li><span class=\"node\"><b>").Append(E(view?.NameZh ?? rollup.Jurisdiction)).Append("</b> ").Append(E(view?.NameEn ?? string.Empty))
            .Append(" <span class=\"meta\">").Append(rollup.Targets.ToString(Invariant)).Append(" targets · expected met ")
            .Append(rollup.ExpectedMet.ToString("0.0", Invariant)).Append(" of ").Append(rollup.Assessed.ToString(Invariant)).Append(" assessed</span> ");
        foreach (var flag in Flags.All)
            html.Append("<span class=\"pill ").Append(flag).Append("\" title=\"").Append(ReportText.Label(flag)).Append("\">").Append(ReportText.CountOf(rollup.Flags, flag)).Append("</span>");
        html.Append("</span>\n");
        var children = (view?.Children ?? []).Where(inScope.Contains).ToList();
        if (children.Count > 0 && depth < 32)
        {
            html.Append("<ul>\n");
            foreach (var child in children)
            {
                if (report.RollupOf(child) is { } c)
                    Node(html, report, c, inScope, depth + 1);
            }

            html.Append("</ul>\n");
        }

        html.Append("</li>\n");
    }

    private static void FlaggedPairs(StringBuilder html, RunReport report)
    {
        html.Append("<section>\n<h2>需关注的目标 Flagged targets (").Append(report.Flagged.Count.ToString(Invariant)).Append(")</h2>\n");
        if (report.Flagged.Count == 0)
            html.Append("<p>No target is likely missed or at risk in this scenario.</p>\n");
        foreach (var p in report.Flagged)
        {
            var d = p.Definition;
            var jurisdiction = report.Jurisdictions.FirstOrDefault(j => j.Id == d.Jurisdiction);
            html.Append("<article class=\"pair ").Append(p.Flag).Append("\" id=\"").Append(E(d.Pair)).Append("\">\n<h3><span class=\"flag ").Append(p.Flag).Append("\">").Append(ReportText.Label(p.Flag)).Append("</span> ")
                .Append(E(jurisdiction?.NameZh ?? d.Jurisdiction)).Append(" · ").Append(E(d.NameZh)).Append(" <small>").Append(E(jurisdiction?.NameEn ?? d.Jurisdiction)).Append(" · ").Append(E(d.NameEn)).Append("</small></h3>\n")
                .Append("<div class=\"cols\">\n<div>\n");
            html.Append(FanChart.Svg(p));
            html.Append("</div>\n<div>\n<dl>\n");
            Term(html, "达标概率 P(meet)", ReportText.Probability(p) + (p.Borderline == "no" ? string.Empty : " — 临界 borderline: " + (p.Borderline == "monte-carlo" ? "within Monte Carlo error of a threshold, the kinder light" : "the plan itself meets the goal exactly, with no room")));
            Term(html, "目标 Goal", $"{ReportText.Goal(p.Goal)} {d.Unit}");
            Term(html, "差距 Median gap", ReportText.Gap(p));
            Term(html, "所需进度 What it takes", ReportText.WhatItTakes(p));
            Term(html, "原因 Why", p.ReasonZh);
            Term(html, "Reason", p.ReasonEn);
            Term(html, "依据 Evidence", $"{ReportText.Evidence(p.Basis).Zh} {ReportText.Evidence(p.Basis).En}" + (p.FitDescription is { } fit ? $": {fit}" : string.Empty) + (p.Nowcast ? " (nowcast: the goal year has passed without a figure)" : string.Empty));
            html.Append("</dl>\n");
            html.Append("<p class=\"source\">出处 Source: ").Append(E(p.Goal.Source.Seed)).Append(" · 条款 clause <b>").Append(E(p.Goal.Source.Clause)).Append("</b><br><q>").Append(E(p.Goal.Source.Evidence)).Append("</q></p>\n");
            if (p.Points.Count > 0)
            {
                html.Append("<table class=\"points\"><tr><th>year</th><th>value</th><th>basis</th><th>source</th></tr>\n");
                foreach (var point in p.Points)
                    html.Append("<tr><td>").Append(point.Year.ToString(Invariant)).Append("</td><td>").Append(ReportText.Number(point.Value)).Append("</td><td>").Append(E(point.Basis)).Append("</td><td>").Append(E(point.Source)).Append("</td></tr>\n");
                html.Append("</table>\n");
            }

            html.Append("</div>\n</div>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void AllPairs(StringBuilder html, RunResult result)
    {
        html.Append("<section>\n<h2>全部目标 Every target (").Append(result.Pairs.Count.ToString(Invariant)).Append(")</h2>\n<table class=\"all\">\n<thead><tr><th>pair</th><th>指标</th><th>indicator</th><th>flag</th><th>P(meet)</th><th>goal</th><th>basis</th><th>clause</th><th>evidence</th></tr></thead>\n<tbody>\n");
        foreach (var p in result.Pairs)
        {
            var d = p.Definition;
            html.Append("<tr class=\"").Append(p.Flag).Append("\"><td><code>").Append(E(d.Pair)).Append("</code></td><td>").Append(E(d.NameZh)).Append("</td><td>").Append(E(d.NameEn))
                .Append("</td><td><span class=\"flag ").Append(p.Flag).Append("\">").Append(ReportText.Label(p.Flag)).Append("</span></td><td>").Append(p.PMeet is { } pm ? pm.ToString("0.00", Invariant) : "—")
                .Append("</td><td>").Append(E($"{ReportText.Goal(p.Goal)} {d.Unit}")).Append("</td><td>").Append(E(ReportText.Evidence(p.Basis).Zh + " " + ReportText.Evidence(p.Basis).En)).Append("</td><td>").Append(E(p.Goal.Source.Clause))
                .Append("</td><td class=\"ev\">").Append(E(p.Goal.Source.Evidence)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string? ParentOf(RunReport report, string jurisdiction) => report.Jurisdictions.FirstOrDefault(j => j.Id == jurisdiction)?.ParentId;

    private static void Term(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """

        body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 1320px; padding: 16px 24px; color: #1d2330; }
        h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; border-bottom: 2px solid #e3e6ec; padding-bottom: 4px; margin-top: 28px; }
        h3 { font-size: 15px; margin: 0 0 8px; } h3 small { color: #5b6475; font-weight: normal; }
        .sub { color: #5b6475; margin: 0 0 12px; } .note { color: #5b6475; }
        dl.ids { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 12px; margin: 0; }
        dl.ids dd { margin: 0; font-family: ui-monospace, monospace; word-break: break-all; } dl.ids dt { color: #5b6475; }
        .repro { font-size: 12px; color: #5b6475; }
        ul.counts { display: flex; gap: 10px; list-style: none; padding: 0; margin: 12px 0; }
        ul.counts li { padding: 8px 14px; border-radius: 6px; font-size: 14px; } ul.counts b { font-size: 22px; display: block; }
        .likely-missed { --c: #c62828; --bg: #fdecea; } .at-risk { --c: #b26a00; --bg: #fff4e0; } .on-track { --c: #2e7d32; --bg: #e8f5e9; } .insufficient-data { --c: #546e7a; --bg: #eceff1; } .met { --c: #1b5e20; --bg: #c8e6c9; } .missed { --c: #8e0000; --bg: #ffcdd2; }
        ul.counts li, .pill, .flag { background: var(--bg); color: var(--c); }
        .pill { display: inline-block; min-width: 22px; text-align: center; border-radius: 10px; padding: 0 6px; margin-left: 3px; font-size: 12px; font-weight: 600; }
        .flag { border-radius: 4px; padding: 1px 6px; font-size: 12px; font-weight: 600; white-space: nowrap; }
        ul.tree, ul.tree ul { list-style: none; padding-left: 20px; } ul.tree { padding-left: 0; } ul.tree li { margin: 3px 0; }
        .meta { color: #5b6475; font-size: 12px; }
        article.pair { border: 1px solid #e3e6ec; border-left: 5px solid var(--c); border-radius: 6px; padding: 12px 14px; margin: 12px 0; break-inside: avoid; }
        .cols { display: grid; grid-template-columns: 540px 1fr; gap: 16px; }
        article dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 8px; } article dt { color: #5b6475; } article dd { margin: 0; }
        .source { font-size: 12px; background: #f6f7f9; padding: 6px 8px; border-radius: 4px; } .source q { color: #333; }
        table { border-collapse: collapse; font-size: 12px; } td, th { border-bottom: 1px solid #e3e6ec; padding: 3px 6px; text-align: left; vertical-align: top; }
        table.all { width: 100%; } td.ev { max-width: 420px; color: #444; }
        svg text { font: 11px system-ui, sans-serif; fill: #5b6475; }
        footer { margin-top: 32px; color: #5b6475; font-size: 12px; }

        """;
}
