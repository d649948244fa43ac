using System.CommandLine;
using Forecast.Catalog;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast observe import FILE [--sheet NAME] [--write] [--server URL --token T]</c>: records every row of a CSV in
/// the catalog's observation columns, or of an Excel workbook's sheet in the same columns, or none: errors name
/// FILE:line: column, or FILE.xlsx:Sheet!C12: column.
/// </summary>
internal static class ObserveImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV with the columns of data/observations/*.csv (data/README.md), header first; or an Excel workbook (.xlsx) whose sheet has the same columns." };
        var sheet = new Option<string?>("--sheet") { Description = "With a workbook: the sheet to read (default: the first)." };
        var target = new ObserveCommand.TargetOptions();
        var command = new Command("import", "Check a file of published figures and record all of its rows, or none (a dry run unless --write).") { file, sheet };
        target.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(file)!, target.Read(parse), cancellationToken, parse.GetValue(sheet)));
        return command;
    }

    internal static async Task<int> RunAsync(IAnsiConsole console, string file, ObserveTarget target, CancellationToken cancellationToken, string? sheetName = null)
    {
        if (ObservationWorkbook.IsWorkbook(file))
        {
            var errors = new List<CatalogError>();
            if (ObservationWorkbook.Read(file, file, sheetName, errors) is not { } sheet)
            {
                foreach (var error in errors)
                    console.MarkupLineInterpolated($"[red]error:[/] {error}");
                console.MarkupLineInterpolated($"[red]{errors.Count} error(s); nothing was recorded.[/]");
                return ExitCodes.InvalidInput;
            }

            return await ObservationRecorder.RunAsync(
                console, file, sheet.Csv, target, (line, field) => line > 0 ? $"{file}:{sheet.Cell(line, field)}: {field}" : $"{file}: {field}", cancellationToken, sheet.RowOf);
        }

        if (sheetName is not null)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --sheet: {file} is not an Excel workbook (.xlsx); a CSV has no sheets");
            return ExitCodes.InvalidInput;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {file}: cannot be read: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        return await ObservationRecorder.RunAsync(console, file, bytes, target, (line, field) => line > 0 ? $"{file}:{line}: {field}" : $"{file}: {field}", cancellationToken);
    }
}
