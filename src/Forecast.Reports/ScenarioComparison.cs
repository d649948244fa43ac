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
}

/// <summary>One pair across two runs.</summary>
/// <param name="Move">P(meet) in the second run minus the first; null where either has no probability.</param>
public sealed record PairMove(string Pair, string NameZh, string NameEn, string FlagA, string FlagB, double? PMeetA, double? PMeetB, double? Move, string ReasonZhB, string ReasonEnB)
{
    public bool FlagChanged => FlagA != FlagB;
}
