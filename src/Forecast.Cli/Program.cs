using Forecast.Cli;
using Spectre.Console;

return ForecastCommand.Invoke(args, AnsiConsole.Console);
