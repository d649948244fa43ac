using System.CommandLine;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast observe import FILE [--write] [--server URL --token T]</c>: records every row of a CSV in the catalog's
/// observation columns, or none: errors name FILE:line: column.
/// </summary>
internal static class ObserveImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV with the columns of data/observations/*.csv (data/README.md), header first." };
        var target = new ObserveCommand.TargetOptions();
        var command = new Command("import", "Check a file of published figures and record all of its rows, or none (a dry run unless --write).") { file };
        target.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(file)!, target.Read(parse), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IAnsiConsole console, string file, ObserveTarget target, CancellationToken cancellationToken)
    {
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
