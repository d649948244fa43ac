using Spectre.Console;

namespace Forecast.Cli.Tests;

/// <summary>Runs the <c>forecast</c> command tree in-process and captures what it prints, without colours.</summary>
internal static class ConsoleRun
{
    public static (int ExitCode, string Output) Forecast(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var exitCode = ForecastCommand.Invoke(args, console);
        return (exitCode, writer.ToString());
    }
}
