using Forecast.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
    console.Profile.Width = PipedConsoleWidth.From(Environment.GetEnvironmentVariable("COLUMNS"));
return ForecastCommand.Invoke(args, console);
