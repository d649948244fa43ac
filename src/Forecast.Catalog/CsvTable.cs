using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Forecast.Catalog;

/// <summary>
/// A CSV file read strictly: UTF-8 or nothing, every required column present, each row kept with its line number
/// so that errors can name file, line and field.
/// </summary>
internal sealed class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvTable(string name, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
    }

    public string Name { get; }

    /// <summary>The column names, in the order the file gives them.</summary>
    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads <paramref name="path"/>; returns null (with errors added) when the file cannot be used at all.</summary>
    public static CsvTable? Read(string path, string name, IReadOnlyList<string> requiredColumns, ICollection<CatalogError> errors)
    {
        if (ReadBytes(path, name, CatalogLimits.MaxCsvBytes, errors) is not { } bytes)
            return null;

        var text = ReadUtf8(bytes, name, errors);
        return text is null ? null : Parse(text, name, requiredColumns, errors);
    }

    /// <summary>Reads a file's decoded text; returns null (with errors added) when the header is unusable.</summary>
    public static CsvTable? Parse(string text, string name, IReadOnlyList<string> requiredColumns, ICollection<CatalogError> errors)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            BadDataFound = null,
            TrimOptions = TrimOptions.None,
        };
        using var reader = new CsvReader(new StringReader(text), config);
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { Length: > 0 } header)
        {
            errors.Add(new CatalogError(name, 1, "header", "the file is empty: a header row is required"));
            return null;
        }

        var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        foreach (var column in missing)
            errors.Add(new CatalogError(name, 1, column, $"missing column (the header has: {string.Join(", ", header)})"));
        if (missing.Count > 0)
            return null;

        var rows = new List<CsvRow>();
        while (TryRead(reader, name, errors))
        {
            // RawRow is the record's last line; a quoted field spanning lines would otherwise be reported where it ends.
            var line = reader.Parser.RawRow - reader.Parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
            var fields = reader.Parser.Record ?? [];
            if (fields.Length == 1 && fields[0].Length == 0)
                continue; // A blank line is not a row.
            if (fields.Length != header.Length)
            {
                errors.Add(new CatalogError(name, line, "row", $"has {fields.Length} fields, the header has {header.Length}"));
                continue;
            }

            var values = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                values[header[i]] = fields[i];
            rows.Add(new CsvRow(name, line, values));
        }

        return new CsvTable(name, header, rows);
    }

    /// <summary>
    /// The file's bytes, or null with one error when it is missing, larger than <paramref name="maxBytes"/>, or cannot be
    /// read (a folder, a permission, an I/O error): the cause, never a stack trace.
    /// </summary>
    internal static byte[]? ReadBytes(string path, string name, long maxBytes, ICollection<CatalogError> errors)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                errors.Add(new CatalogError(name, 0, "file", System.IO.Directory.Exists(path) ? "is a folder, not a file" : "is missing"));
                return null;
            }

            if (info.Length > maxBytes)
            {
                errors.Add(new CatalogError(name, 0, "file", $"is {info.Length:#,0} bytes, over the {maxBytes:#,0}-byte limit for this file (data/README.md)"));
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var buffer = new MemoryStream();
            // Read no more than the bound even if the file grows while it is read.
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    errors.Add(new CatalogError(name, 0, "file", $"is over the {maxBytes:#,0}-byte limit for this file (data/README.md)"));
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            errors.Add(new CatalogError(name, 0, "file", $"cannot be read: {e.Message}"));
            return null;
        }
    }

    /// <summary>The next record, or false at the end or where the CSV cannot be read on (reported at its line).</summary>
    private static bool TryRead(CsvReader reader, string name, ICollection<CatalogError> errors)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvHelperException e)
        {
            errors.Add(new CatalogError(name, e.Context?.Parser?.RawRow ?? 0, "row", "cannot be read as CSV from here on (check its quotes)"));
            return false;
        }
    }

    /// <summary>Decodes strictly; on invalid bytes names the first line that holds them.</summary>
    internal static string? ReadUtf8(byte[] bytes, string name, ICollection<CatalogError> errors)
    {
        try
        {
            var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i <= bytes.Length; i++)
            {
                if (i < bytes.Length && bytes[i] != (byte)'\n')
                    continue;
                try
                {
                    StrictUtf8.GetString(bytes, lineStart, i - lineStart);
                }
                catch (DecoderFallbackException)
                {
                    break;
                }

                line++;
                lineStart = i + 1;
            }

            errors.Add(new CatalogError(name, line, "encoding", "is not valid UTF-8 (save the file as UTF-8)"));
            return null;
        }
    }
}

/// <summary>One data row with its 1-based line number in the file.</summary>
internal sealed record CsvRow(string File, int Line, IReadOnlyDictionary<string, string> Values)
{
    public string this[string column] => Values[column];

    public CatalogError Error(string field, string message) => new(File, Line, field, message);
}
