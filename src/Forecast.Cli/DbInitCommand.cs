using System.CommandLine;
using System.Net.Sockets;
using Forecast.Hosting;
using Npgsql;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// <c>forecast db init [--connection CONN]</c>: applies the schema and named queries the Orleans ADO.NET providers
/// need on PostgreSQL (main, clustering, persistence). Safe to run again; concurrent runs take turns.
/// </summary>
internal static class DbInitCommand
{
    /// <summary>The environment variable read when --connection is absent: the same key the silos read.</summary>
    public const string ConnectionVariable = "Forecast__Cluster__ConnectionString";

    public static Command Create(IAnsiConsole console)
    {
        var connection = new Option<string?>("--connection")
        {
            Description = $"Npgsql connection string (default: ${ConnectionVariable}), e.g. \"Host=127.0.0.1;Port=5432;Database=forecast;Username=forecast;Password=...\".",
        };
        var init = new Command("init", "Create or update the PostgreSQL tables and named queries a cluster needs.") { connection };
        init.SetAction(parse => Run(console, parse.GetValue(connection)));
        return new Command("db", "Prepare the PostgreSQL database a cluster of silos shares.") { init };
    }

    internal static int Run(IAnsiConsole console, string? connectionOption)
    {
        var connectionString = connectionOption ?? Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --connection: required (or set {ConnectionVariable}).");
            return ExitCodes.InvalidInput;
        }

        if (PostgresConnectionString.Problem(connectionString) is { } problem)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --connection: {problem}");
            return ExitCodes.InvalidInput;
        }

        var target = PostgresConnectionString.Redact(connectionString);
        try
        {
            var result = DatabaseInitializer.InitializeAsync(connectionString).GetAwaiter().GetResult();
            console.MarkupLineInterpolated(
                $"[green]database ready[/]: {result.Database} has {result.QueryKeys.Count} named queries after {string.Join(", ", result.Scripts)}");
            return ExitCodes.Success;
        }
        catch (PostgresException e)
        {
            // The server answered and refused: wrong password, missing rights, an unknown role are the input's fault.
            console.MarkupLineInterpolated($"[red]error:[/] --connection: PostgreSQL at {target} refused: {e.SqlState} {e.MessageText}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] cannot reach PostgreSQL at {target}: {e.GetBaseException().Message}");
            return ExitCodes.Failure;
        }
    }
}
