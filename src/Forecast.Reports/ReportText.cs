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

    /// <summary>
    /// What it takes, in a line: "needs 242 所/yr from 2024 for P(meet) ≥ 0.8; planned 153 (×1.58)"; for a pair with no
    /// forecast, why there is none.
    /// </summary>
    public static string WhatItTakes(PairForecastView p)
    {
        if (p.WhatItTakes is not { } pace)
            return "none: " + NoPace(p.WhatItTakesNote);
        var chance = pace.Probability.ToString("0.##", Invariant);
        var needed = pace.Needed is { } n ? $"needs {Pace(n, pace)} {pace.Unit} from {pace.FromYear} for P(meet) ≥ {chance}" : $"no pace from {pace.FromYear} gives P(meet) ≥ {chance} (a recorded year decides it)";
        return $"{needed}; {AssumedWord(p.Basis)} {Pace(pace.Assumed, pace)}" + (pace.Ratio is { } r ? $" (×{r.ToString(r >= 10 ? "0" : "0.00", Invariant)})" : string.Empty);
    }

    /// <summary>The terminal's two short lines, each within its 16-column cell: "needs 288/yr" and "plan 153 ×1.88".</summary>
    public static string ShortWhatItTakes(PairForecastView p)
    {
        if (p.WhatItTakes is not { } pace)
            return "—";
        var unit = pace.Measure == "units-per-year" ? "/yr" : " " + pace.Unit;
        var needed = pace.Needed is { } n ? $"needs {Pace(n, pace)}{unit}" : "out of reach";
        return $"{needed}\n{ShortAssumedWord(p.Basis)} {Pace(pace.Assumed, pace)}" + (pace.Ratio is { } r ? $" ×{r.ToString(r >= 10 ? "0" : "0.0#", Invariant)}" : string.Empty);
    }

    private static string Pace(double value, RequiredPaceView pace) => pace.Measure == "units-per-year"
        ? Significant(value)
        : (value > 0 ? "+" : string.Empty) + value.ToString("0.0#", Invariant);

    /// <summary>Three significant figures, whole numbers from a thousand up.</summary>
    private static string Significant(double value)
    {
        if (value == 0 || Math.Abs(value) >= 1000)
            return value.ToString("#,0", Invariant);
        var digits = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 6);
        return Math.Round(value, digits).ToString("#,0." + new string('#', digits), Invariant);
    }

    private static string NoPace(string? note) => note switch
    {
        "settled" => "settled (a recorded figure of the goal's year decides it)",
        "out-of-reach" => "no pace gets there (a recorded year decides it)",
        "not-computed" => "not computed for this run",
        _ => "insufficient data (nothing is forecast)",
    };

    private static string AssumedWord(string basis) => basis switch
    {
        "observed" => "observed pace",
        "planned" => "planned",
        "linked" => "its linked pair's plan",
        "pooled" => "borrowed from peers",
        "base-rate" => "base rate's median",
        "assumption" => "assumed by the scenario",
        _ => "assumed",
    };

    private static string ShortAssumedWord(string basis) => basis switch
    {
        "observed" => "obs.",
        "planned" => "plan",
        "linked" => "linked",
        "pooled" => "peers",
        "base-rate" => "base",
        _ => "assumed",
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
