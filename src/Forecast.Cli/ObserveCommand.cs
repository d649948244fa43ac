using System.CommandLine;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary><c>forecast observe import|add</c>: record published figures, checked as the catalog checks its own.</summary>
internal static class ObserveCommand
{
    public static Command Create(IAnsiConsole console) =>
        new("observe", "Record published figures (bulletins, execution reports, completion announcements) with their source and verbatim quote.")
        {
            ObserveImportCommand.Create(console),
            ObserveAddCommand.Create(console),
        };

    /// <summary>The options both verbs take, in one place so they read the same.</summary>
    internal sealed class TargetOptions
    {
        public Option<string?> Data { get; } = new("--data") { Description = "The catalog folder (default: $FORECAST_DATA, else the nearest data/ above here)." };

        public Option<bool> Write { get; } = new("--write") { Description = "Record the rows. Without it nothing changes: the rows are checked and what would be recorded is printed." };

        public Option<string?> Server { get; } = new("--server") { Description = "Record on a running server (its base address, http://HOST:PORT) in one all-or-nothing request, instead of into data/observations/." };

        public Option<string?> Token { get; } = new("--token") { Description = $"With --server: the server's writer token (default: ${ObservationRecorder.TokenVariable})." };

        public void AddTo(Command command)
        {
            command.Options.Add(Data);
            command.Options.Add(Write);
            command.Options.Add(Server);
            command.Options.Add(Token);
        }

        public ObserveTarget Read(ParseResult parse) => new(parse.GetValue(Data), parse.GetValue(Write), parse.GetValue(Server), parse.GetValue(Token));
    }
}
