using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Forecast.Catalog;

/// <summary>
/// Reads and validates the catalog under a data folder. Every problem is collected and reported with file, line
/// and field; a catalog with any error is not loaded at all, so nothing downstream ever sees half a catalog.
/// </summary>
/// <remarks>
/// Layout: <c>jurisdictions.csv</c>, <c>indicators.csv</c>, <c>seeds.csv</c> with the verbatim documents in
/// <c>seeds/</c>, one <c>commitments/*.csv</c> per seed, <c>qualitative.csv</c>, and the published figures in
/// <c>observations/*.csv</c> (optional: a catalog may have none yet).
/// </remarks>
public static partial class CatalogLoader
{
    public const string JurisdictionsFile = "jurisdictions.csv";
    public const string IndicatorsFile = "indicators.csv";
    public const string SeedsFile = "seeds.csv";
    public const string SeedsFolder = "seeds";
    public const string CommitmentsFolder = "commitments";
    public const string QualitativeFile = "qualitative.csv";
    public const string ObservationsFolder = "observations";

    /// <summary>The policy domains an indicator may belong to; a fixed list so that rollups by domain stay comparable.</summary>
    public static readonly IReadOnlySet<string> Domains = new HashSet<string>(StringComparer.Ordinal)
    {
        "employment", "income", "social-security", "social-assistance", "education", "childcare", "health",
        "elderly-care", "disability", "culture-tourism", "sport", "digital", "environment", "forestry", "housing",
        "urban", "rural", "transport", "public-safety", "market-regulation", "governance",
    };

    private static readonly string[] JurisdictionColumns = ["id", "parent", "level", "name_zh", "name_en"];
    private static readonly string[] IndicatorColumns = ["id", "name_zh", "name_en", "domain", "unit", "kind", "direction", "bound", "additive"];
    private static readonly string[] SeedColumns = ["file", "jurisdiction", "title_zh", "published", "practical_matters_year"];
    private static readonly string[] FigureColumns = ["jurisdiction", "indicator", "role", "year", "from_year", "value", "unit", "comparator", "seed", "clause", "evidence", "note"];
    private static readonly string[] QualitativeColumns = ["jurisdiction", "seed", "clause", "evidence", "reason"];

    /// <summary>Loads the catalog or throws <see cref="CatalogException"/> listing every error.</summary>
    public static ForecastCatalog Load(string dataDirectory)
    {
        var catalog = TryLoad(dataDirectory, out var errors);
        return catalog ?? throw new CatalogException(errors);
    }

    /// <summary>Loads the catalog; returns null and every error found when anything is wrong.</summary>
    public static ForecastCatalog? TryLoad(string dataDirectory, out IReadOnlyList<CatalogError> errors)
    {
        var found = new List<CatalogError>();
        errors = found;
        if (!Directory.Exists(dataDirectory))
        {
            found.Add(new CatalogError(dataDirectory, 0, "folder", "does not exist"));
            return null;
        }

        string Display(string relative) => DisplayName(dataDirectory, relative);

        var jurisdictions = ReadJurisdictions(dataDirectory, Display(JurisdictionsFile), found);
        var indicators = ReadIndicators(dataDirectory, Display(IndicatorsFile), found);
        // Every later file names jurisdictions, indicators and seeds: when one of those files cannot be read at all
        // (missing, unreadable, too large, a broken header), each later row would only repeat that one cause.
        if (StopAtCause(found, [JurisdictionsFile, IndicatorsFile], Display, out errors))
            return null;
        var seeds = ReadSeeds(dataDirectory, Display, jurisdictions, found);
        if (StopAtCause(found, [SeedsFile], Display, out errors))
            return null;

        var figures = new List<Figure>();
        var commitmentsDirectory = Path.Combine(dataDirectory, CommitmentsFolder);
        var figureFiles = Directory.Exists(commitmentsDirectory)
            ? Directory.GetFiles(commitmentsDirectory, "*.csv").Order(StringComparer.Ordinal).ToArray()
            : [];
        if (figureFiles.Length == 0)
            found.Add(new CatalogError(Display(CommitmentsFolder), 0, "folder", "holds no commitments file (*.csv)"));
        foreach (var file in figureFiles)
            ReadFigures(file, Display($"{CommitmentsFolder}/{Path.GetFileName(file)}"), jurisdictions, indicators, seeds, figures, found);
        CheckConflicts(figures, found);

        var qualitative = ReadQualitative(dataDirectory, Display(QualitativeFile), jurisdictions, seeds, found);

        var observationFiles = ObservationFiles(dataDirectory);
        var observations = new List<PublishedObservation>();
        var lookups = new CatalogLookups(
            jurisdictions,
            indicators,
            figures.GroupBy(f => f.Pair).ToDictionary(g => g.Key, g => (IReadOnlyList<Figure>)g.ToList()));
        foreach (var file in observationFiles)
        {
            var name = Display($"{ObservationsFolder}/{Path.GetFileName(file)}");
            if (CsvTable.ReadBytes(file, name, CatalogLimits.MaxCsvBytes, found) is { } bytes && CsvTable.ReadUtf8(bytes, name, found) is { } text)
                ObservationRows.Read(text, name, lookups, observations, found);
        }

        var history = ObservationHistory.Check([], observations);
        found.AddRange(history.Errors);

        if (found.Count > 0)
        {
            errors = Bounded(found);
            return null;
        }

        return new ForecastCatalog(
            jurisdictions.Values.ToList(),
            indicators.Values.ToList(),
            seeds.Values.ToList(),
            figures,
            qualitative,
            observations,
            HashContent(dataDirectory, figureFiles.Concat(observationFiles)));
    }

    /// <summary>How errors name a catalog file: the data folder's own name and the path inside it ("data/commitments/000-dandong.csv").</summary>
    public static string DisplayName(string dataDirectory, string relative) =>
        $"{Path.GetFileName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar))}/{relative}";

    /// <summary>The observation files, in name order (a superseding row may sit in a later file than the row it replaces).</summary>
    public static IReadOnlyList<string> ObservationFiles(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, ObservationsFolder);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToArray() : [];
    }

    /// <summary>True (with the errors to report) when one of <paramref name="files"/> failed as a whole file.</summary>
    private static bool StopAtCause(List<CatalogError> found, string[] files, Func<string, string> display, out IReadOnlyList<CatalogError> errors)
    {
        var names = files.Select(display).ToHashSet(StringComparer.Ordinal);
        // The whole file (missing, unreadable, too large, not UTF-8) or its header (line 1) at fault.
        var failed = found
            .Where(e => names.Contains(e.File) && ((e.Line == 0 && e.Field == "file") || e.Line == 1 || e.Field == "encoding"))
            .Select(e => e.File).Distinct().ToList();
        errors = found;
        if (failed.Count == 0)
            return false;
        found.Add(new CatalogError(display(string.Empty).TrimEnd('/'), 0, "not checked",
            $"the files after {string.Join(" and ", failed)} refer to it, so they are checked once it loads"));
        errors = Bounded(found);
        return true;
    }

    private static IReadOnlyList<CatalogError> Bounded(List<CatalogError> found) =>
        found.Count <= CatalogLimits.MaxErrors
            ? found
            : [.. found.Take(CatalogLimits.MaxErrors), new CatalogError(found[CatalogLimits.MaxErrors].File, found[CatalogLimits.MaxErrors].Line, "more", $"{found.Count - CatalogLimits.MaxErrors:#,0} more error(s) from here on, not listed; fix these first")];

    private static Dictionary<string, Jurisdiction> ReadJurisdictions(string dataDirectory, string name, List<CatalogError> errors)
    {
        var result = new Dictionary<string, Jurisdiction>(StringComparer.Ordinal);
        var table = CsvTable.Read(Path.Combine(dataDirectory, JurisdictionsFile), name, JurisdictionColumns, errors);
        if (table is null)
            return result;

        var lines = new Dictionary<string, CsvRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row["id"];
            var ok = RequireSlug(row, "id", errors)
                & RequireText(row, "name_zh", errors)
                & RequireText(row, "name_en", errors)
                & TryParseEnum<JurisdictionLevel>(row, "level", errors, out var level);
            if (!ok)
                continue;
            if (!lines.TryAdd(id, row))
            {
                errors.Add(row.Error("id", $"duplicate key '{id}' (first on line {lines[id].Line})"));
                continue;
            }

            var parent = row["parent"].Length == 0 ? null : row["parent"];
            result[id] = new Jurisdiction(id, parent, level, row["name_zh"], row["name_en"]);
        }

        foreach (var j in result.Values)
        {
            if (j.ParentId is not null && !result.ContainsKey(j.ParentId))
                errors.Add(lines[j.Id].Error("parent", $"unknown jurisdiction '{j.ParentId}'"));
        }

        var roots = result.Values.Where(j => j.ParentId is null).ToList();
        if (roots.Count != 1)
            errors.Add(new CatalogError(name, 0, "parent", $"the tree needs exactly one root (a row with no parent), found {roots.Count}: {string.Join(", ", roots.Select(r => r.Id))}"));

        foreach (var j in result.Values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { j.Id };
            for (var p = j.ParentId; p is not null && result.TryGetValue(p, out var parent); p = parent.ParentId)
            {
                if (!seen.Add(p))
                {
                    errors.Add(lines[j.Id].Error("parent", $"'{j.Id}' is its own ancestor (a cycle through '{p}')"));
                    break;
                }
            }
        }

        return result;
    }

    private static Dictionary<string, Indicator> ReadIndicators(string dataDirectory, string name, List<CatalogError> errors)
    {
        var result = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        var table = CsvTable.Read(Path.Combine(dataDirectory, IndicatorsFile), name, IndicatorColumns, errors);
        if (table is null)
            return result;

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var ok = RequireSlug(row, "id", errors)
                & RequireText(row, "name_zh", errors)
                & RequireText(row, "name_en", errors)
                & RequireText(row, "unit", errors)
                & TryParseEnum<IndicatorKind>(row, "kind", errors, out var kind)
                & TryParseEnum<Direction>(row, "direction", errors, out var direction);

            if (!Domains.Contains(row["domain"]))
            {
                errors.Add(row.Error("domain", $"'{row["domain"]}' is not a domain; use one of {string.Join(", ", Domains.Order())}"));
                ok = false;
            }

            double? bound = null;
            if (row["bound"].Length > 0)
            {
                if (TryParseNumber(row, "bound", errors, out var b) && b > 0)
                    bound = b;
                else
                {
                    if (b <= 0 && double.IsFinite(b))
                        errors.Add(row.Error("bound", "must be positive"));
                    ok = false;
                }
            }

            bool additive = false;
            if (row["additive"] is not ("true" or "false"))
            {
                errors.Add(row.Error("additive", $"must be true or false, not '{row["additive"]}'"));
                ok = false;
            }
            else
                additive = row["additive"] == "true";

            if (!ok)
                continue;
            if (!lines.TryAdd(row["id"], row.Line))
            {
                errors.Add(row.Error("id", $"duplicate key '{row["id"]}' (first on line {lines[row["id"]]})"));
                continue;
            }

            result[row["id"]] = new Indicator(row["id"], row["name_zh"], row["name_en"], row["domain"], row["unit"], kind, direction, bound, additive);
        }

        return result;
    }

    private static Dictionary<string, SeedDocument> ReadSeeds(string dataDirectory, Func<string, string> display, Dictionary<string, Jurisdiction> jurisdictions, List<CatalogError> errors)
    {
        var result = new Dictionary<string, SeedDocument>(StringComparer.Ordinal);
        var table = CsvTable.Read(Path.Combine(dataDirectory, SeedsFile), display(SeedsFile), SeedColumns, errors);
        if (table is null)
            return result;

        foreach (var row in table.Rows)
        {
            var file = row["file"];
            var ok = RequireKnown(row, "jurisdiction", jurisdictions, errors);
            if (file.Length == 0 || file.Contains('/') || file.Contains('\\'))
            {
                errors.Add(row.Error("file", "must name a file in seeds/"));
                continue;
            }

            var path = Path.Combine(dataDirectory, SeedsFolder, file);
            if (!File.Exists(path))
            {
                errors.Add(row.Error("file", $"'{SeedsFolder}/{file}' does not exist"));
                continue;
            }

            DateOnly? published = null;
            if (row["published"].Length > 0)
            {
                if (DateOnly.TryParseExact(row["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    published = date;
                else
                {
                    errors.Add(row.Error("published", $"'{row["published"]}' is not a date (yyyy-MM-dd)"));
                    ok = false;
                }
            }

            int? listYear = null;
            if (row["practical_matters_year"].Length > 0)
            {
                if (TryParseYear(row, "practical_matters_year", errors, out var year))
                    listYear = year;
                else
                    ok = false;
            }

            var bytes = CsvTable.ReadBytes(path, display($"{SeedsFolder}/{file}"), CatalogLimits.MaxSeedBytes, errors);
            var text = bytes is null ? null : CsvTable.ReadUtf8(bytes, display($"{SeedsFolder}/{file}"), errors);
            if (!ok || text is null)
                continue;
            if (!result.TryAdd(file, new SeedDocument(file, row["jurisdiction"], NullIfEmpty(row["title_zh"]), published, listYear, text)))
                errors.Add(row.Error("file", $"duplicate key '{file}'"));
        }

        return result;
    }

    private static void ReadFigures(
        string path,
        string name,
        Dictionary<string, Jurisdiction> jurisdictions,
        Dictionary<string, Indicator> indicators,
        Dictionary<string, SeedDocument> seeds,
        List<Figure> figures,
        List<CatalogError> errors)
    {
        var table = CsvTable.Read(path, name, FigureColumns, errors);
        if (table is null)
            return;

        var keys = new Dictionary<(string, string, FigureRole, int, string), int>();
        foreach (var row in table.Rows)
        {
            var ok = RequireKnown(row, "jurisdiction", jurisdictions, errors)
                & RequireKnown(row, "indicator", indicators, errors)
                & TryParseEnum<FigureRole>(row, "role", errors, out var role)
                & TryParseYear(row, "year", errors, out var year)
                & TryParseNumber(row, "value", errors, out var value)
                & RequireText(row, "clause", errors)
                & RequireText(row, "evidence", errors);

            int? fromYear = null;
            if (row["from_year"].Length > 0)
            {
                if (TryParseYear(row, "from_year", errors, out var from) && from <= year)
                    fromYear = from;
                else
                {
                    if (from > year)
                        errors.Add(row.Error("from_year", $"{from} is after the figure's year {year}"));
                    ok = false;
                }
            }

            if (!ComparatorSymbols.TryParse(row["comparator"], out var comparator))
            {
                errors.Add(row.Error("comparator", $"'{row["comparator"]}' is not one of ≥ ≤ = ≈"));
                ok = false;
            }

            if (!seeds.TryGetValue(row["seed"], out var seed))
            {
                errors.Add(row.Error("seed", $"unknown seed '{row["seed"]}' (not listed in {SeedsFile})"));
                ok = false;
            }

            indicators.TryGetValue(row["indicator"], out var indicator);
            if (indicator is not null)
            {
                if (row["unit"] != indicator.Unit)
                {
                    errors.Add(row.Error("unit", $"'{row["unit"]}' differs from {indicator.Id}'s unit '{indicator.Unit}'"));
                    ok = false;
                }

                if (double.IsFinite(value) && indicator.Bound is { } bound && value > bound)
                {
                    errors.Add(row.Error("value", $"{value} exceeds the bound {bound} of {indicator.Id} ({indicator.Unit})"));
                    ok = false;
                }
            }

            if (indicator is not null && ok)
            {
                // A flow's target is a total over a period, so the model must know where the period starts;
                // anything else is read at a single year.
                var periodTotal = role == FigureRole.Target && indicator.Kind is IndicatorKind.Cumulative or IndicatorKind.Count;
                if (periodTotal && fromYear is null)
                {
                    errors.Add(row.Error("from_year", $"a {indicator.Kind.ToString().ToLowerInvariant()} target is a total over a period: give the period's first year"));
                    ok = false;
                }
                else if (!periodTotal && fromYear is not null)
                {
                    errors.Add(row.Error("from_year", $"only count and cumulative targets span a period; a {row["role"]} of a {indicator.Kind.ToString().ToLowerInvariant()} indicator is read at {year}"));
                    ok = false;
                }
            }

            if (double.IsFinite(value) && value < 0)
            {
                errors.Add(row.Error("value", $"{value} is negative: values are counts or levels, so name the indicator for what the number measures (a reduction, a gap)"));
                ok = false;
            }

            var evidence = row["evidence"];
            if (seed is not null && evidence.Length > 0)
            {
                if (!seed.Text.Contains(evidence, StringComparison.Ordinal))
                {
                    errors.Add(row.Error("evidence", $"not found verbatim in {seed.File}: \"{evidence}\""));
                    ok = false;
                }

                if (seed.Jurisdiction != row["jurisdiction"] && jurisdictions.ContainsKey(row["jurisdiction"])
                    && !IsWithin(row["jurisdiction"], seed.Jurisdiction, jurisdictions))
                {
                    errors.Add(row.Error("jurisdiction", $"'{row["jurisdiction"]}' is not {seed.Jurisdiction} or below it, so {seed.File} cannot set its figures"));
                    ok = false;
                }
            }

            if (role != FigureRole.Baseline && double.IsFinite(value) && evidence.Length > 0 && !EvidenceNumbers.States(evidence, value))
            {
                errors.Add(row.Error("value", $"{value.ToString(CultureInfo.InvariantCulture)} is not stated in the evidence \"{evidence}\""));
                ok = false;
            }

            if (!ok)
                continue;

            var key = (row["jurisdiction"], row["indicator"], role, year, row["clause"]);
            if (!keys.TryAdd(key, row.Line))
            {
                errors.Add(row.Error("clause", $"duplicate key {row["jurisdiction"]}/{row["indicator"]} {row["role"]} {year} at {row["clause"]} (first on line {keys[key]})"));
                continue;
            }

            figures.Add(new Figure(
                new PairId(row["jurisdiction"], row["indicator"]),
                role,
                year,
                fromYear,
                value,
                row["unit"],
                comparator,
                new SourceClause(seed!.File, row["clause"], evidence, name, row.Line),
                NullIfEmpty(row["note"])));
        }
    }

    /// <summary>A figure restated in another clause must agree; two different values for one role and year are a conflict.</summary>
    private static void CheckConflicts(List<Figure> figures, List<CatalogError> errors)
    {
        foreach (var group in figures.GroupBy(f => (f.Pair, f.Role, f.Year)))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(f => f.Value != first.Value || f.FromYear != first.FromYear))
            {
                errors.Add(new CatalogError(other.Source.File, other.Source.Line, "value",
                    $"{other.Pair} {other.Role.ToString().ToLowerInvariant()} {other.Year} is {other.Value} here but {first.Value} at {first.Source.File}:{first.Source.Line}"));
            }
        }
    }

    private static List<QualitativeItem> ReadQualitative(string dataDirectory, string name, Dictionary<string, Jurisdiction> jurisdictions, Dictionary<string, SeedDocument> seeds, List<CatalogError> errors)
    {
        var result = new List<QualitativeItem>();
        var table = CsvTable.Read(Path.Combine(dataDirectory, QualitativeFile), name, QualitativeColumns, errors);
        if (table is null)
            return result;

        var lines = new Dictionary<(string, string, string, string), int>();
        foreach (var row in table.Rows)
        {
            var key = (row["jurisdiction"], row["seed"], row["clause"], row["evidence"]);
            if (!lines.TryAdd(key, row.Line))
            {
                errors.Add(row.Error("evidence", $"duplicate row: {row["jurisdiction"]} {row["seed"]} {row["clause"]} with this evidence is on line {lines[key]} already"));
                continue;
            }

            var ok = RequireKnown(row, "jurisdiction", jurisdictions, errors)
                & RequireText(row, "clause", errors)
                & RequireText(row, "evidence", errors)
                & RequireText(row, "reason", errors);
            if (!seeds.TryGetValue(row["seed"], out var seed))
            {
                errors.Add(row.Error("seed", $"unknown seed '{row["seed"]}' (not listed in {SeedsFile})"));
                continue;
            }

            if (row["evidence"].Length > 0 && !seed.Text.Contains(row["evidence"], StringComparison.Ordinal))
            {
                errors.Add(row.Error("evidence", $"not found verbatim in {seed.File}: \"{row["evidence"]}\""));
                ok = false;
            }

            if (ok)
                result.Add(new QualitativeItem(row["jurisdiction"], row["reason"], new SourceClause(seed.File, row["clause"], row["evidence"], name, row.Line)));
        }

        return result;
    }

    private static bool IsWithin(string id, string ancestor, Dictionary<string, Jurisdiction> jurisdictions)
    {
        var depth = 0;
        for (var p = jurisdictions[id].ParentId; p is not null && depth++ < jurisdictions.Count; p = jurisdictions.GetValueOrDefault(p)?.ParentId)
        {
            if (p == ancestor)
                return true;
        }

        return false;
    }

    /// <summary>Every file the catalog was read from, observations included: a recorded figure changes what a run is given.</summary>
    private static string HashContent(string dataDirectory, IEnumerable<string> dataFiles)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new[] { JurisdictionsFile, IndicatorsFile, SeedsFile, QualitativeFile }
            .Select(f => Path.Combine(dataDirectory, f))
            .Concat(dataFiles)
            .Concat(Directory.GetFiles(Path.Combine(dataDirectory, SeedsFolder)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(dataDirectory, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static bool RequireText(CsvRow row, string field, List<CatalogError> errors)
    {
        var value = row[field];
        if (value.Length == 0)
        {
            errors.Add(row.Error(field, "is empty"));
            return false;
        }

        if (value.Contains('\n') || value.Contains('\r'))
        {
            errors.Add(row.Error(field, "spans several lines; keep it on one"));
            return false;
        }

        return true;
    }

    private static bool RequireSlug(CsvRow row, string field, List<CatalogError> errors)
    {
        if (Slug().IsMatch(row[field]))
            return true;
        errors.Add(row.Error(field, $"'{row[field]}' is not a lowercase slug (a-z, 0-9 and single hyphens)"));
        return false;
    }

    private static bool RequireKnown<T>(CsvRow row, string field, Dictionary<string, T> known, List<CatalogError> errors)
    {
        if (known.ContainsKey(row[field]))
            return true;
        errors.Add(row.Error(field, $"unknown {field} '{row[field]}'"));
        return false;
    }

    private static bool TryParseEnum<T>(CsvRow row, string field, List<CatalogError> errors, out T value)
        where T : struct, Enum
    {
        var text = row[field];
        if (text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c)) && Enum.TryParse(text, ignoreCase: true, out value))
            return true;
        value = default;
        errors.Add(row.Error(field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}"));
        return false;
    }

    private static bool TryParseNumber(CsvRow row, string field, List<CatalogError> errors, out double value)
    {
        var text = row[field];
        // double.TryParse accepts "NaN", "Infinity" and "∞" whatever the styles, so finiteness is checked apart.
        var parsed = double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        if (parsed && double.IsFinite(value))
            return true;

        errors.Add(row.Error(field, parsed || text.Trim().TrimStart('+', '-') == "∞"
            ? $"'{text}' is not a finite number"
            : $"'{text}' is not a number (write digits with a decimal point, 万 and 亿 converted)"));
        value = double.NaN;
        return false;
    }

    private static bool TryParseYear(CsvRow row, string field, List<CatalogError> errors, out int year)
    {
        if (int.TryParse(row[field], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 2000 and <= 2100)
            return true;
        errors.Add(row.Error(field, $"'{row[field]}' is not a year between 2000 and 2100"));
        return false;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
