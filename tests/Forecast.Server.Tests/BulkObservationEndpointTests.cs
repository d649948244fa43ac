using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Forecast.Contracts;

namespace Forecast.Server.Tests;

/// <summary>
/// POST /api/observations/bulk: CSV in the catalog's observation columns, recorded all or nothing, a second figure
/// refused unless it supersedes, and the pair API showing each figure with its status and page. Rows are written for
/// these tests only (example.org is no source); they use Lianyungang's pairs, which no other server test touches.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class BulkObservationEndpointTests(ServerFixture server)
{
    private const string Bulk = "/api/observations/bulk";
    private const string Header = "jurisdiction,indicator,year,value,unit,period,status,source_url,publisher,published,evidence,recorded_by,note,supersedes";

    private static StringContent Csv(params string[] rows) =>
        new(Header + "\n" + string.Join("\n", rows) + "\n", Encoding.UTF8, "text/csv");

    private static string Row(string indicator, int year, double value, string unit, string status, string url, string evidence, string supersedes = "") =>
        $"lianyungang,{indicator},{year},{value},{unit},year,{status},{url},连云港市测试局,{year + 1}-02,{evidence},server-tests,,{supersedes}";

    private async Task<string> Get(string path) => await server.Http.GetStringAsync(path);

    [Fact]
    public async Task Recorded_rows_are_answered_by_the_pair_api_with_their_status_and_source_link()
    {
        var response = await server.Writer.PostAsync(Bulk, Csv(Row("quality-kindergartens-created", 2021, 27, "所", "final", "https://example.org/lyg-2021-report", "创建优质幼儿园27所")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var detail = await server.Http.GetFromJsonAsync<JsonElement>("/api/pairs/lianyungang/quality-kindergartens-created");
        var observation = Assert.Single(detail.GetProperty("observations").EnumerateArray());
        Assert.Equal(("final", "https://example.org/lyg-2021-report", "year", 27.0),
            (observation.GetProperty("status").GetString(), observation.GetProperty("sourceUrl").GetString(), observation.GetProperty("period").GetString(), observation.GetProperty("value").GetDouble()));
        Assert.Equal("创建优质幼儿园27所", observation.GetProperty("evidence").GetString());
    }

    [Fact]
    public async Task A_bad_row_on_line_37_is_400_naming_line_and_column_and_records_nothing()
    {
        // Pairs no other test here records to and with no published figure in the catalog, so every row here is new.
        var rows = new List<string>();
        for (var year = 2000; year <= 2026 && rows.Count < 35; year++)
            rows.Add(Row("city-parks-built", year, year - 1990, "个", "final", $"https://example.org/kg-{year}", $"建成城市公园{year - 1990}个"));
        for (var year = 2000; rows.Count < 35; year++)
            rows.Add(Row("rural-regional-medical-centres-built", year, year - 1980, "个", "final", $"https://example.org/schools-{year}", $"建成区域医疗中心{year - 1980}个"));
        rows.Add(Row("rural-regional-medical-centres-built", 2025, 45, "个", "final", "https://example.org/bad", "建成区域医疗中心54个"));
        var before = (await Get("/api/pairs/lianyungang/city-parks-built"), await Get("/api/pairs/lianyungang/rural-regional-medical-centres-built"));

        var response = await server.Writer.PostAsync(Bulk, Csv([.. rows]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("line 37: value", problem.RootElement.GetProperty("path").GetString());
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal((37, "value"), (error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));
        Assert.Equal(before, (await Get("/api/pairs/lianyungang/city-parks-built"), await Get("/api/pairs/lianyungang/rural-regional-medical-centres-built")));
    }

    [Fact]
    public async Task A_second_figure_is_refused_unless_it_supersedes_and_the_estimate_it_supersedes_is_kept()
    {
        const string indicator = "school-buildings-renovated-area";
        var estimate = Row(indicator, 2021, 330000, "平方米", "estimated", "https://example.org/lyg-estimate", "预计改造中小学校舍33万平方米");
        var final = Row(indicator, 2021, 331000, "平方米", "final", "https://example.org/lyg-final", "改造中小学校舍33.1万平方米");
        Assert.Equal(HttpStatusCode.Created, (await server.Writer.PostAsync(Bulk, Csv(estimate))).StatusCode);

        var silent = await server.Writer.PostAsync(Bulk, Csv(final));
        var superseding = await server.Writer.PostAsync(Bulk, Csv(final + "https://example.org/lyg-estimate"));

        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.Contains("a second figure for lianyungang/school-buildings-renovated-area 2021 (year)", await silent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, superseding.StatusCode);
        var observations = await server.Http.GetFromJsonAsync<IReadOnlyList<ObservationView>>($"/api/pairs/lianyungang/{indicator}/observations");
        Assert.Equal([("estimated", "https://example.org/lyg-final"), ("final", null)], observations!.Select(o => (o.Status, o.SupersededBy)));
    }

    [Fact]
    public async Task An_estimate_cannot_supersede_a_final_figure()
    {
        const string indicator = "classroom-lighting-upgraded-schools";
        Assert.Equal(HttpStatusCode.Created, (await server.Writer.PostAsync(Bulk, Csv(Row(indicator, 2021, 120, "所", "final", "https://example.org/light-final", "改造教室照明120所")))).StatusCode);

        var response = await server.Writer.PostAsync(Bulk, Csv(Row(indicator, 2021, 118, "所", "estimated", "https://example.org/light-estimate", "预计改造教室照明118所", "https://example.org/light-final")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("line 2: status", problem.RootElement.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(ServerFixture.WriterToken + "x", HttpStatusCode.Forbidden)]
    public async Task A_bulk_without_the_writer_token_is_refused_and_records_nothing(string? token, HttpStatusCode status)
    {
        const string pair = "/api/pairs/lianyungang/veteran-targeted-job-posts";
        var before = await Get(pair);
        using var request = new HttpRequestMessage(HttpMethod.Post, Bulk) { Content = Csv(Row("veteran-targeted-job-posts", 2021, 300, "个", "final", "https://example.org/veterans", "提供退役军人专属岗位300个")) };
        if (token is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var response = await server.Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(before, await Get(pair));
    }

    [Fact]
    public async Task A_dry_run_answers_what_would_be_recorded_and_records_nothing()
    {
        const string pair = "/api/pairs/lianyungang/student-growth-guidance-centres";
        var before = await Get(pair);

        var response = await server.Writer.PostAsync(Bulk + "?dryRun=true", Csv(Row("student-growth-guidance-centres", 2021, 5, "个", "final", "https://example.org/centres", "建成学生成长指导中心5个")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ObservationImportResult>();
        Assert.False(result!.Written);
        Assert.Equal(2, Assert.Single(result.Recorded).Line);
        Assert.Equal(before, await Get(pair));
    }

    [Fact]
    public async Task More_rows_than_the_bound_is_413()
    {
        var rows = Enumerable.Range(0, ServerFixture.MaxBulkRows + 1).Select(i => Row("job-posts-offered", 2021, i, "个", "final", $"https://example.org/posts-{i}", $"提供岗位{i}个")).ToArray();

        var response = await server.Writer.PostAsync(Bulk, Csv(rows));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_bulk_cap_is_413()
    {
        var note = new string('注', 30_000); // 90,000 bytes of UTF-8, over the fixture's 65,536
        var response = await server.Writer.PostAsync(Bulk, Csv(Row("job-posts-offered", 2021, 1, "个", "final", "https://example.org/posts", "提供岗位1个").Replace(",server-tests,,", $",server-tests,{note},", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_csv_is_415()
    {
        var response = await server.Writer.PostAsync(Bulk, new StringContent("[]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
