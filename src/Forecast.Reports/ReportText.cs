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
        _ => "数据不足 insufficient data",
    };

    public static int CountOf(FlagCounts counts, string flag) => flag switch
    {
        Flags.LikelyMissed => counts.LikelyMissed,
        Flags.AtRisk => counts.AtRisk,
        Flags.OnTrack => counts.OnTrack,
        _ => counts.InsufficientData,
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
