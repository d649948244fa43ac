using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Forecast.Catalog;
using Forecast.Contracts;
using Spectre.Console;

namespace Forecast.Cli;

/// <summary>
/// What <c>observe import</c> and <c>observe add</c> share: rows in the catalog's observation format, checked and
/// recorded all or nothing, into the catalog folder or on a running server, and nothing changed without --write.
/// </summary>
internal static class ObservationRecorder
{
    /// <summary>The environment variable holding the writer token, so it need not appear on a command line.</summary>
    public const string TokenVariable = "FORECAST_WRITER_TOKEN";

    /// <param name="name">How the rows are named in messages (the file as given).</param>
    /// <param name="where">Says where a problem is, as the user wrote it: "file.csv:37: value" for a file, "file.xlsx:Sheet1!D37: value" for a workbook, "--value" for add.</param>
    /// <param name="rowOf">The row the user knows a CSV line by (a workbook's sheet row); null where it is the line itself.</param>
    public static async Task<int> RunAsync(IAnsiConsole console, string name, byte[] csv, ObserveTarget target, Func<int, string, string> where, CancellationToken cancellationToken, Func<int, int>? rowOf = null) =>
        target.Server is null
            ? IntoCatalog(console, name, csv, target, where, rowOf ?? (line => line))
            : await OnServerAsync(console, csv, target, where, rowOf ?? (line => line), cancellationToken);

    private static int IntoCatalog(IAnsiConsole console, string name, byte[] csv, ObserveTarget target, Func<int, string, string> where, Func<int, int> rowOf)
    {
        var directory = DataDirectory.Resolve(target.Data);
        var catalog = CatalogLoading.Load(console, target.Data);
        if (catalog is null || directory is null)
            return ExitCodes.InvalidInput;

        var errors = new List<CatalogError>();
        var rows = ObservationRows.Read(csv, name, catalog, errors);
        var check = ObservationHistory.Check(catalog.Observations, rows);
        errors.AddRange(check.Errors);
        if (errors.Count > 0)
            return Refused(console, errors.OrderBy(e => e.Line).Select(e => (e.Line, e.Field, e.Message)).ToList(), where, "nothing was written");

        var targets = ObservationFileWriter.Targets(check.Accepted);
        Print(console, check.Accepted.Select(o => Line.Of(o, ObservationFileWriter.FileOf(o.Pair.Jurisdiction)) with { Number = rowOf(o.Location.Line) }).ToList(),
            check.Skipped.Select(s => (rowOf(s.Row.Location.Line), s.AlreadyRecorded.Location.ToString())).ToList());
        if (check.Accepted.Count == 0)
        {
            console.MarkupLine("nothing new to record.");
            return ExitCodes.Success;
        }

        var files = string.Join(", ", targets.Select(t => CatalogLoader.DisplayName(directory, t)));
        if (!target.Write)
        {
            console.MarkupLineInterpolated($"[yellow]dry run[/]: nothing was written. With --write, {check.Accepted.Count} row(s) go to {files}.");
            return ExitCodes.Success;
        }

        try
        {
            ObservationFileWriter.Write(directory, catalog, check.Accepted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CatalogException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] writing {files} failed, and every file is as it was: {e.Message}");
            return ExitCodes.Failure;
        }

        console.MarkupLineInterpolated($"[green]recorded[/] {check.Accepted.Count} row(s) in {files}.");
        return ExitCodes.Success;
    }

    private static async Task<int> OnServerAsync(IAnsiConsole console, byte[] csv, ObserveTarget target, Func<int, string, string> where, Func<int, int> rowOf, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(target.Server, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --server: '{target.Server}' is not an http(s) address");
            return ExitCodes.InvalidInput;
        }

        var token = string.IsNullOrEmpty(target.Token) ? Environment.GetEnvironmentVariable(TokenVariable) : target.Token;
        if (string.IsNullOrEmpty(token))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --token: the server takes figures only with its writer token (--token, or ${TokenVariable})");
            return ExitCodes.InvalidInput;
        }

        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/observations/bulk" + (target.Write ? string.Empty : "?dryRun=true"))
        {
            Content = new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" } } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        HttpResponseMessage response;
        string body;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {server} could not be reached: {e.Message}; nothing was recorded");
            return ExitCodes.Failure;
        }

        using (response)
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK or HttpStatusCode.Created:
                    var result = JsonSerializer.Deserialize<ObservationImportResult>(body, JsonSerializerOptions.Web)!;
                    Print(console, result.Recorded.Select(r => Line.Of(r) with { Number = rowOf(r.Line) }).ToList(), result.Skipped.Select(s => (rowOf(s.Line), s.AlreadyAt ?? string.Empty)).ToList());
                    if (result.Written)
                        console.MarkupLineInterpolated($"[green]recorded[/] {result.Recorded.Count} row(s) on {server}.");
                    else if (result.Recorded.Count > 0)
                        console.MarkupLineInterpolated($"[yellow]dry run[/]: nothing was recorded. With --write, {result.Recorded.Count} row(s) go to {server}.");
                    else
                        console.MarkupLine("nothing new to record.");
                    return ExitCodes.Success;
                case HttpStatusCode.BadRequest when Problem(body) is { Count: > 0 } errors:
                    return Refused(console, errors, where, "nothing was recorded");
                case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                    console.MarkupLineInterpolated($"[red]error:[/] --token: {server} refused the writer token (HTTP {(int)response.StatusCode}); nothing was recorded");
                    return ExitCodes.InvalidInput;
                default:
                    console.MarkupLineInterpolated($"[red]error:[/] {server} answered HTTP {(int)response.StatusCode}: {Detail(body)}; nothing was recorded");
                    return (int)response.StatusCode is >= 400 and < 500 and not 409 ? ExitCodes.InvalidInput : ExitCodes.Failure;
            }
        }
    }

    private static int Refused(IAnsiConsole console, IReadOnlyList<(int Line, string Field, string Message)> errors, Func<int, string, string> where, string consequence)
    {
        foreach (var (line, field, message) in errors)
            console.MarkupLineInterpolated($"[red]error:[/] {where(line, field)}: {message}");
        console.MarkupLineInterpolated($"[red]{errors.Count} error(s); {consequence}.[/]");
        return ExitCodes.InvalidInput;
    }

    private static List<(int Line, string Field, string Message)>? Problem(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? errors.EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString() ?? string.Empty, e.GetProperty("message").GetString() ?? string.Empty)).ToList()
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    private static string Detail(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Length > 300 ? body[..300] : body;
        }
    }

    private static void Print(IAnsiConsole console, IReadOnlyList<Line> rows, IReadOnlyList<(int Line, string At)> skipped)
    {
        if (rows.Count > 0)
        {
            var table = new Table().AddColumn(new TableColumn("line").RightAligned()).AddColumn("pair").AddColumn(new TableColumn("year").RightAligned())
                .AddColumn(new TableColumn("value").RightAligned()).AddColumn("period").AddColumn("status").AddColumn("publisher").AddColumn("into");
            foreach (var r in rows)
            {
                table.AddRow(r.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Pair), r.Year.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(r.Value), Markup.Escape(r.Period), Markup.Escape(r.Status), Markup.Escape(r.Publisher), Markup.Escape(r.Into));
            }

            console.Write(table);
        }

        foreach (var (line, at) in skipped)
            console.MarkupLineInterpolated($"line {line}: already recorded at {at}; skipped.");
    }

    /// <summary>One row as the table shows it.</summary>
    private sealed record Line(int Number, string Pair, int Year, string Value, string Period, string Status, string Publisher, string Into)
    {
        public static Line Of(PublishedObservation o, string into) => new(
            o.Location.Line, o.Pair.ToString(), o.Year, $"{o.Value.ToString(CultureInfo.InvariantCulture)} {o.Unit}", o.Period.ToString(),
            ObservationRows.Word(o.Status) + (o.Supersedes is null ? string.Empty : " (supersedes)"), o.Publisher, into);

        public static Line Of(ImportedObservation i) => new(
            i.Line, i.Pair, i.Observation.Year, i.Observation.Value.ToString(CultureInfo.InvariantCulture), i.Observation.Period ?? string.Empty,
            (i.Observation.Status ?? string.Empty) + (i.Observation.Supersedes is null ? string.Empty : " (supersedes)"), i.Observation.Publisher ?? string.Empty, "server");
    }
}
