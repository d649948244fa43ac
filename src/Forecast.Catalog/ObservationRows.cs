using System.Globalization;
using System.Text;

namespace Forecast.Catalog;

/// <summary>
/// Reads rows of published figures in the agreed format (<c>data/observations/*.csv</c>, an import file, a request
/// body) and checks each against the catalog: the pair exists, the unit is the indicator's, the value keeps the
/// indicator's sign and bound and is the number its evidence states, the period, status, URL and date are readable.
/// Every problem is reported as file:line: field: message. Rules between rows (one figure per pair, year and period
/// unless one supersedes another) are <see cref="ObservationHistory"/>'s.
/// </summary>
public static class ObservationRows
{
    /// <summary>The header every file starts with, in this order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["jurisdiction", "indicator", "year", "value", "unit", "period", "status", "source_url", "publisher", "published", "evidence", "recorded_by", "note"];

    /// <summary>The optional trailing column naming the source URL of the figure a row replaces.</summary>
    public const string SupersedesColumn = "supersedes";

    /// <summary>Any one field: a quote longer than this is a page, not a phrase.</summary>
    public const int MaxFieldLength = 2_000;

    /// <summary>Reads and checks the rows of one file's bytes (strict UTF-8) against a loaded catalog.</summary>
    /// <param name="name">How errors name the file ("data/observations/dalian.csv", "research/shenyang.csv").</param>
    public static IReadOnlyList<PublishedObservation> Read(byte[] bytes, string name, ForecastCatalog catalog, ICollection<CatalogError> errors)
    {
        var text = CsvTable.ReadUtf8(bytes, name, errors);
        var rows = new List<PublishedObservation>();
        if (text is not null)
            Read(text, name, catalog.Lookups, rows, errors);
        return rows;
    }

    internal static void Read(string text, string name, CatalogLookups lookups, List<PublishedObservation> into, ICollection<CatalogError> errors)
    {
        var table = CsvTable.Parse(text, name, Columns, errors);
        if (table is null || !HeaderIsExact(table, errors))
            return;

        foreach (var row in table.Rows)
        {
            if (Read(row, lookups, errors) is { } observation)
                into.Add(observation);
        }
    }

    /// <summary>The header is the agreed one exactly: a misspelt or extra column would otherwise be read as empty or dropped.</summary>
    private static bool HeaderIsExact(CsvTable table, ICollection<CatalogError> errors)
    {
        var header = table.Header;
        var exact = header.Count >= Columns.Count
            && header.Take(Columns.Count).SequenceEqual(Columns, StringComparer.Ordinal)
            && (header.Count == Columns.Count || (header.Count == Columns.Count + 1 && header[^1] == SupersedesColumn));
        if (!exact)
            errors.Add(new CatalogError(table.Name, 1, "header", $"must be exactly {string.Join(",", Columns)} (optionally followed by ,{SupersedesColumn}), not {string.Join(",", header)}"));
        return exact;
    }

    private static PublishedObservation? Read(CsvRow row, CatalogLookups lookups, ICollection<CatalogError> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(row.Error(field, message));

        foreach (var (field, text) in row.Values)
        {
            if (text.Length > MaxFieldLength)
                Fail(field, $"is {text.Length} characters long; at most {MaxFieldLength}");
            else if (text.Contains('\n') || text.Contains('\r'))
                Fail(field, "spans several lines; keep it on one");
        }

        if (errors.Count > before)
            return null;

        var jurisdiction = row["jurisdiction"];
        var indicatorId = row["indicator"];
        if (!lookups.Jurisdictions.ContainsKey(jurisdiction))
            Fail("jurisdiction", $"unknown jurisdiction '{jurisdiction}'");
        lookups.Indicators.TryGetValue(indicatorId, out var indicator);
        if (indicator is null)
            Fail("indicator", $"unknown indicator '{indicatorId}'");

        var pair = new PairId(jurisdiction, indicatorId);
        lookups.FiguresByPair.TryGetValue(pair, out var figures);
        if (indicator is not null && lookups.Jurisdictions.ContainsKey(jurisdiction) && figures is not { Count: > 0 })
            Fail("indicator", $"{jurisdiction} has no figure for {indicatorId} in commitments/: a figure is recorded only for a pair the catalog sets a goal or commitment for");

        var yearOk = int.TryParse(row["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear;
        if (!yearOk)
            Fail("year", $"'{row["year"]}' is not a year between {MinYear} and {MaxYear}");
        else if (figures is { Count: > 0 } && year > figures.Max(f => f.Year) + YearsAfterPlan)
            Fail("year", $"{year} is outside the plan: {pair} takes figures for {MinYear}–{figures.Max(f => f.Year) + YearsAfterPlan}");

        var value = ReadValue(row, indicator, Fail);

        if (indicator is not null && row["unit"] != indicator.Unit)
            Fail("unit", $"'{row["unit"]}' differs from {indicator.Id}'s unit '{indicator.Unit}' (convert the value, then write the indicator's unit)");

        if (!ObservationPeriod.TryParse(row["period"], out var period))
            Fail("period", $"'{row["period"]}' is not one of year, stock, since-YYYY");
        else if (period.SinceYear is { } since)
        {
            if (since < MinYear || (yearOk && since > year))
                Fail("period", $"{period} must start in a year from {MinYear} to the figure's year{(yearOk ? $" {year}" : string.Empty)}");
            else if (indicator is { Kind: IndicatorKind.Level })
                Fail("period", $"{indicator.Id} is a level (a stock or rate), which does not add up over years: write stock, not {period}");
        }

        var statusOk = TryParseStatus(row["status"], out var status);
        if (!statusOk)
            Fail("status", $"'{row["status"]}' is not one of final, estimated, preliminary");

        var url = row["source_url"];
        if (!IsWebAddress(url))
            Fail("source_url", url.Length == 0 ? "is empty: give the page's address" : $"'{url}' is not an http(s) address");

        RequireText(row, "publisher", Fail);
        RequireText(row, "evidence", Fail);
        RequireText(row, "recorded_by", Fail);

        if (!PublicationDate.TryParse(row["published"], out var published))
            Fail("published", $"'{row["published"]}' is not a date (yyyy-MM-dd, or yyyy-MM or yyyy where the day is not known)");
        else if (yearOk && published.Year < year)
            Fail("published", $"{published} is before {year}, the year the figure is for");

        var evidence = row["evidence"];
        if (value is { } v && evidence.Length > 0 && !EvidenceNumbers.States(evidence, v))
            Fail("value", $"{v.ToString(CultureInfo.InvariantCulture)} is not stated in the evidence \"{evidence}\" (万 and 亿 are read, so write the number the page states, converted)");

        string? supersedes = null;
        if (row.Values.TryGetValue(SupersedesColumn, out var named) && named.Length > 0)
        {
            if (IsWebAddress(named))
                supersedes = named;
            else
                Fail(SupersedesColumn, $"'{named}' is not an http(s) address: name the source_url of the figure this row replaces");
        }

        if (errors.Count > before)
            return null;

        return new PublishedObservation(
            pair, year, value!.Value, row["unit"], period, status, url, row["publisher"], published, evidence,
            row["recorded_by"], row["note"].Length == 0 ? null : row["note"], supersedes, new RowLocation(row.File, row.Line));
    }

    /// <summary>The earliest year a figure may be for, and the latest any may name.</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    /// <summary>A pair takes figures up to this many years after its last plan figure (later outturns of the plan).</summary>
    public const int YearsAfterPlan = 5;

    private static double? ReadValue(CsvRow row, Indicator? indicator, Action<string, string> fail)
    {
        var text = row["value"];
        // double.TryParse accepts "NaN" and "Infinity" whatever the styles, so finiteness is checked apart.
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            fail("value", $"'{text}' is not a finite number (write digits with a decimal point, 万 and 亿 converted)");
            return null;
        }

        if (indicator is null)
            return value;
        if (indicator.Kind == IndicatorKind.Growth ? value <= -100 : value < 0)
        {
            fail("value", indicator.Kind == IndicatorKind.Growth
                ? $"a growth rate of {value} % would leave nothing: it must be above −100 %"
                : $"{value} {indicator.Unit} is negative: {indicator.Id} counts or measures something that cannot be below zero");
            return null;
        }

        if (indicator.Bound is { } bound && value > bound)
        {
            fail("value", $"{value} exceeds the bound {bound} of {indicator.Id} ({indicator.Unit})");
            return null;
        }

        return value;
    }

    private static void RequireText(CsvRow row, string field, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(row[field]))
            fail(field, "is empty");
    }

    /// <summary>final, estimated or preliminary, in lower case as the files write them.</summary>
    public static bool TryParseStatus(string? text, out ObservationStatus status)
    {
        (var ok, status) = text switch
        {
            "final" => (true, ObservationStatus.Final),
            "estimated" => (true, ObservationStatus.Estimated),
            "preliminary" => (true, ObservationStatus.Preliminary),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>The word the files use for a status.</summary>
    public static string Word(ObservationStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>An absolute http or https address with a host and no whitespace: the only links the page will follow.</summary>
    public static bool IsWebAddress(string? text) =>
        !string.IsNullOrEmpty(text)
        && !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>The rows as a file in the agreed format; the supersedes column is written only when a row uses it.</summary>
    public static string Format(IEnumerable<PublishedObservation> rows)
    {
        var list = rows.ToList();
        var withSupersedes = list.Any(r => r.Supersedes is not null);
        var text = new StringBuilder();
        text.Append(string.Join(",", Columns));
        if (withSupersedes)
            text.Append(',').Append(SupersedesColumn);
        text.Append('\n');
        foreach (var r in list)
        {
            string[] fields =
            [
                r.Pair.Jurisdiction, r.Pair.Indicator, r.Year.ToString(CultureInfo.InvariantCulture), r.Value.ToString("R", CultureInfo.InvariantCulture),
                r.Unit, r.Period.ToString(), Word(r.Status), r.SourceUrl, r.Publisher, r.Published.ToString(), r.Evidence, r.RecordedBy, r.Note ?? string.Empty,
            ];
            text.Append(string.Join(",", fields.Select(Quote)));
            if (withSupersedes)
                text.Append(',').Append(Quote(r.Supersedes ?? string.Empty));
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One line of a file from its fields as written (no line break), quoted as <see cref="Format"/> quotes them.</summary>
    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Quote));

    /// <summary>
    /// RFC 4180: quoted only where a comma, a quote or a space at either end needs it, so the file reads as researchers
    /// wrote it. Nothing is prefixed: these files are data read by the loader, and the evidence must stay verbatim.
    /// </summary>
    private static string Quote(string field) =>
        field.Length > 0 && (field.Contains(',') || field.Contains('"') || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
