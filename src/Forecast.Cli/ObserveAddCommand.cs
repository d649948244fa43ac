using System.CommandLine;
using System.Text;
using Forecast.Catalog;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast observe add --jurisdiction … --indicator … --year … (each column as an option)</c>: one published figure,
/// checked and recorded exactly as a row of <c>observe import</c>; errors name the option at fault.
/// </summary>
internal static class ObserveAddCommand
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["jurisdiction"] = "The jurisdiction's catalog id (dandong, shenyang …).",
        ["indicator"] = "The indicator's catalog id; the pair must have a figure in data/commitments/.",
        ["year"] = "The year the figure is FOR, not the year it was published.",
        ["value"] = "A plain number in the indicator's unit, 万 and 亿 converted (1.9万人 → 19000).",
        ["unit"] = "The indicator's unit, as in data/indicators.csv.",
        ["period"] = "year (a flow in that year), stock (a level at year end) or since-YYYY (a total from YYYY through the year).",
        ["status"] = "final, estimated (预计, 左右, 约, 初步) or preliminary (part-year figures).",
        ["source_url"] = "The page's address (http or https).",
        ["publisher"] = "Who published it (丹东市统计局 …).",
        ["published"] = "The publication date: YYYY-MM-DD, else YYYY-MM or YYYY.",
        ["evidence"] = "The verbatim phrase from the page holding the number.",
        ["recorded_by"] = "Who records the row.",
        ["note"] = "Scope caveats (a district figure for a city goal …); optional.",
        [ObservationRows.SupersedesColumn] = "The source_url of the recorded figure (same pair, year and period) this one replaces; optional.",
    };

    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("add", "Check one published figure and record it (a dry run unless --write).");
        var options = ObservationRows.Columns.Append(ObservationRows.SupersedesColumn).ToDictionary(
            c => c,
            c => new Option<string?>(OptionOf(c)) { Description = Descriptions[c], Required = c is not ("note" or ObservationRows.SupersedesColumn) },
            StringComparer.Ordinal);
        foreach (var option in options.Values)
            command.Options.Add(option);
        var target = new ObserveCommand.TargetOptions();
        target.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(console, options.ToDictionary(o => o.Key, o => parse.GetValue(o.Value) ?? string.Empty, StringComparer.Ordinal), target.Read(parse), cancellationToken));
        return command;
    }

    /// <summary>The option spelling of a column: source_url → --source-url.</summary>
    internal static string OptionOf(string column) => "--" + column.Replace('_', '-');

    internal static Task<int> RunAsync(IAnsiConsole console, IReadOnlyDictionary<string, string> values, ObserveTarget target, CancellationToken cancellationToken)
    {
        var supersedes = values.GetValueOrDefault(ObservationRows.SupersedesColumn, string.Empty).Length > 0;
        var columns = supersedes ? ObservationRows.Columns.Append(ObservationRows.SupersedesColumn).ToList() : ObservationRows.Columns.ToList();
        var csv = string.Join(",", columns) + "\n" + ObservationRows.Line(columns.Select(c => values.GetValueOrDefault(c, string.Empty))) + "\n";
        return ObservationRecorder.RunAsync(console, "observe add", Encoding.UTF8.GetBytes(csv), target, (_, field) => Columns(field), cancellationToken);
    }

    private static string Columns(string field) => field is "header" or "row" or "encoding" ? field : OptionOf(field);
}
