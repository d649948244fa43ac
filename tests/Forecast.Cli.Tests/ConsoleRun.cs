using Spectre.Console;

namespace Forecast.Cli.Tests;

/// <summary>Runs the <c>forecast</c> command tree in-process and captures what it prints, without colours.</summary>
public static class ConsoleRun
{
    public static (int ExitCode, string Output) Forecast(params string[] args)
    {
        var (console, output) = Capture();
        var exitCode = ForecastCommand.Invoke(args, console);
        return (exitCode, output.ToString());
    }

    /// <summary>A console that records what is written to it, wide enough that no table row wraps.</summary>
    public static (IAnsiConsole Console, StringWriter Output) Capture()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        return (console, writer);
    }
}
