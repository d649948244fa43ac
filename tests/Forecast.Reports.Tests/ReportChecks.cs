using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Forecast.Catalog.Tests;
using NJsonSchema;

namespace Forecast.Reports.Tests;

/// <summary>Checks a report file parses as what it claims to be; shared with the end-to-end tests of <c>forecast run</c>.</summary>
public static partial class ReportChecks
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(SchemaPath)).GetAwaiter().GetResult());

    public static string SchemaPath => Path.Combine(Path.GetDirectoryName(ShippedCatalog.Directory)!, "docs", "report.schema.json");

    /// <summary>Every violation of docs/report.schema.json, as "path: kind".</summary>
    public static IReadOnlyList<string> SchemaErrors(string json) =>
        Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();

    public static IReadOnlyList<IDictionary<string, object>> CsvRows(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        return reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
    }

    /// <summary>
    /// The HTML's elements nest and close (void elements aside), attributes are quoted, and nothing is fetched from
    /// elsewhere: enough that any browser renders it as written, offline.
    /// </summary>
    public static IReadOnlyList<string> HtmlProblems(string html)
    {
        var problems = new List<string>();
        if (!html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal))
            problems.Add("no <!DOCTYPE html>");
        string[] voids = ["meta", "br", "hr", "img", "link", "input"];
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var selfClosing = tag.Value.EndsWith("/>", StringComparison.Ordinal);
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Peek() != name)
                {
                    problems.Add($"</{name}> closes {(open.Count == 0 ? "nothing" : $"<{open.Peek()}>")} at offset {tag.Index}");
                    return problems;
                }

                open.Pop();
            }
            else if (!selfClosing && !voids.Contains(name))
            {
                open.Push(name);
            }
        }

        if (open.Count > 0)
            problems.Add($"unclosed <{string.Join(">, <", open)}>");
        if (External().IsMatch(html))
            problems.Add("fetches something from elsewhere: " + External().Match(html).Value);
        return problems;
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(\\s+[a-zA-Z:-]+=\"[^\"]*\")*\\s*/?>")]
    private static partial Regex Tag();

    [GeneratedRegex("(src|href)=\"(https?:)?//|@import|url\\(")]
    private static partial Regex External();
}
