using System.Globalization;
using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>How every report and table words a flag, a goal and a gap, in Chinese with English alongside.</summary>
public static class ReportText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Label(string flag) => flag switch
    {
        Flags.LikelyMissed => "可能未完成 likely missed",
        Flags.AtRisk => "有风险 at risk",
        Flags.OnTrack => "进展正常 on track",
        Flags.Met => "已达标 met",
        Flags.Missed => "未达标 missed",
        _ => "数据不足 insufficient data",
    };

    public static int CountOf(FlagCounts counts, string flag) => flag switch
    {
        Flags.LikelyMissed => counts.LikelyMissed,
        Flags.AtRisk => counts.AtRisk,
        Flags.OnTrack => counts.OnTrack,
        Flags.Met => counts.Met,
        Flags.Missed => counts.Missed,
        _ => counts.InsufficientData,
    };

    /// <summary>The rung of evidence a forecast stands on, in planners' words (DESIGN.md, Concepts: Evidence).</summary>
    public static (string Zh, string En) Evidence(string basis) => basis switch
    {
        "observed" => ("实际数据", "recorded outcomes"),
        "planned" => ("本地区计划", "its own plan"),
        "linked" => ("关联指标计划", "its linked pair's plan"),
        "pooled" => ("借鉴其他地区", "borrowed from other jurisdictions"),
        "base-rate" => ("同类目标兑现率", "base rate of like goals"),
        "assumption" => ("情景假设", "scenario assumption"),
        _ => ("数据不足", "none: insufficient data"),
    };

    /// <summary>P(meet) with its Monte Carlo error, never "± 0": at 0 or 1 it says none (or every one) of the paths.</summary>
    public static string Probability(PairForecastView p) => p.PMeet switch
    {
        null when p.Outcome is { } outcome => $"— (settled: {outcome.Year} recorded)",
        null => "—",
        0 => "< 0.001 (no path met it)",
        1 => "> 0.999 (every path met it)",
        { } pm => pm.ToString(pm is < 0.01 or > 0.99 ? "0.0###" : "0.00", Invariant) + (p.StandardError is > 0 and var se ? $" ± {se.ToString(se < 0.001 ? "0.0000" : "0.000", Invariant)}" : string.Empty),
    };

    public static string Goal(FigureView goal) =>
        $"{goal.Comparator} {Number(goal.Value)} ({(goal.FromYear is { } from ? $"{from}–" : string.Empty)}{goal.Year})";

    public static string Gap(PairForecastView p) => p.MedianGap switch
    {
        null => "—",
        0 => "none at the median",
        { } g => $"{Number(g)} {p.Definition.Unit}" + (p.MedianGapShare is { } s ? $" ({(s * 100).ToString("0.#", Invariant)} % of the goal)" : string.Empty),
    };

    /// <summary>Whole units from a thousand up, where decimals are noise; three decimals below.</summary>
    public static string Number(double value) => value.ToString(Math.Abs(value) >= 1000 ? "#,0" : "#,0.###", Invariant);

    /// <summary>
    /// The reason cut to its first two clauses after P(meet) (what drives the risk, and the gap), for a terminal table;
    /// the reports carry it whole.
    /// </summary>
    public static string ShortReason(string reason)
    {
        var clauses = reason.Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(c => !c.StartsWith("P(meet)", StringComparison.Ordinal)).Take(2);
        return string.Join("; ", clauses);
    }
}
