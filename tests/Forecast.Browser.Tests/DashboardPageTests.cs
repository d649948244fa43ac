using System.Net.Http.Json;
using System.Text.Json;
using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Microsoft.Playwright;

namespace Forecast.Browser.Tests;

public sealed class DashboardPageTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const float StepTimeout = 15_000;

    private async Task<IPage> Open(string query = "")
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        page.SetDefaultTimeout(StepTimeout);
        await page.GotoAsync(server.Address + "/" + query);
        return page;
    }

    private static async Task Expand(IPage page, string node)
    {
        var item = page.Locator($"li[data-node='{node}']");
        await item.Locator(":scope > .node-row > .toggle").ClickAsync();
        await Assertions.Expect(item).ToHaveAttributeAsync("aria-expanded", "true");
    }

    /// <summary>The likely-missed pair of Zhenxing whose fan spans the most years (the most to see), lowest P(meet) first.</summary>
    private async Task<(string Pair, JsonElement Forecast)> LikelyMissedInZhenxing()
    {
        var lights = await server.Http.GetFromJsonAsync<JsonElement>("/api/jurisdictions/zhenxing/pairs");
        var candidates = new List<(string Pair, JsonElement Forecast)>();
        foreach (var light in lights.EnumerateArray().Where(l => l.GetProperty("flag").GetString() == "likely-missed"))
        {
            var pair = light.GetProperty("pair").GetString()!;
            candidates.Add((pair, await server.Http.GetFromJsonAsync<JsonElement>($"/api/pairs/{pair}/forecast")));
        }

        Assert.NotEmpty(candidates);
        return candidates
            .OrderByDescending(c => c.Forecast.GetProperty("fan").GetArrayLength())
            .ThenBy(c => c.Forecast.GetProperty("pMeet").GetDouble())
            .First();
    }

    [Fact]
    public async Task A_planner_opens_a_likely_missed_pair_in_zhenxing_and_sees_its_fan_chart_and_the_seed_sentence()
    {
        var (pair, forecast) = await LikelyMissedInZhenxing();
        var page = await Open();

        await Expand(page, "liaoning");
        await Expand(page, "dandong");
        await page.Locator("li[data-node='zhenxing'] .node-name").ClickAsync();
        var row = page.Locator($"#pairs tr[data-pair='{pair}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-flag", "likely-missed");
        await row.ClickAsync();

        // The fan chart: both quantile bands drawn as areas, the median and the target line.
        var chart = page.Locator("#fan svg.fan");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        foreach (var band in new[] { "p5-p95", "p25-p75" })
        {
            var d = await chart.Locator($"path[data-band='{band}']").GetAttributeAsync("d");
            Assert.NotNull(d);
            Assert.Equal(2 * forecast.GetProperty("fan").GetArrayLength(), d.Count(c => c is 'M' or 'L'));
        }

        await Assertions.Expect(chart.Locator("line.target")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#pair-flag")).ToHaveAttributeAsync("data-flag", "likely-missed");

        // The evidence shown is the catalog's phrase for the goal, and that phrase is in the seed document verbatim.
        var goal = forecast.GetProperty("goal");
        var shown = await page.Locator("#goal-evidence").InnerTextAsync();
        var figure = ShippedCatalog.Catalog.FiguresOf(PairId.Parse(pair)).First(f =>
            f.Year == goal.GetProperty("year").GetInt32() && f.Source.Clause == goal.GetProperty("source").GetProperty("clause").GetString());
        Assert.Equal(figure.Source.Evidence, shown);
        var seed = await File.ReadAllTextAsync(Path.Combine(ShippedCatalog.Directory, "seeds", goal.GetProperty("source").GetProperty("seed").GetString()!));
        Assert.Contains(shown, seed, StringComparison.Ordinal);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "dashboard-pair.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    [Fact]
    public async Task A_planner_sees_a_published_figure_with_its_status_and_a_link_to_its_source()
    {
        // Recorded for this test only (example.org is no source), on a pair no other test here opens.
        const string url = "https://example.org/lianyungang-kindergartens-2021";
        var csv = "jurisdiction,indicator,year,value,unit,period,status,source_url,publisher,published,evidence,recorded_by,note\n"
            + $"lianyungang,kindergartens-built,2021,17,所,year,final,{url},连云港市测试局,2022-02,新建幼儿园17所,browser-tests,\n";
        var recorded = await server.Writer.PostAsync("/api/observations/bulk", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(System.Net.HttpStatusCode.Created, recorded.StatusCode);
        var page = await Open("?lang=en");

        await Expand(page, "jiangsu");
        await page.Locator("li[data-node='lianyungang'] .node-name").ClickAsync();
        await page.Locator("#pairs tr[data-pair='lianyungang/kindergartens-built']").ClickAsync();

        // The catalog's own published figures for the pair are listed too: this test's row is the one with its link.
        var row = page.Locator("#pair-sources tr[data-role='observed']").Filter(new() { Has = page.Locator($"a[href='{url}']") });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "final");
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("observed · final");
        var link = row.Locator("a.source-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", url);
        await Assertions.Expect(link).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await Assertions.Expect(link).ToHaveTextAsync("连云港市测试局");
        await Assertions.Expect(row.Locator("q.evidence")).ToHaveTextAsync("新建幼儿园17所");
    }

    [Fact]
    public async Task An_operator_signs_in_with_the_operator_token_and_the_browser_opens_the_orleans_dashboard()
    {
        var page = await server.Browser.NewPageAsync();
        page.SetDefaultTimeout(StepTimeout);
        await page.GotoAsync(server.Address + "/dashboard/");
        Assert.Contains("/operator/login", page.Url, StringComparison.Ordinal);
        await page.Locator("input[name='token']").FillAsync(Forecast.Server.Tests.ServerFixture.OperatorToken);
        // The dashboard's own page asks for the cluster's counters with the cookie the form got.
        var counters = await page.RunAndWaitForResponseAsync(
            () => page.Locator("button[type='submit']").ClickAsync(),
            r => r.Url.Contains("/dashboard/DashboardCounters", StringComparison.Ordinal));

        Assert.Equal(server.Address + "/dashboard/", page.Url);
        Assert.Equal(200, counters.Status);
    }

    [Fact]
    public async Task The_page_runs_under_its_content_security_policy_without_a_violation()
    {
        var page = await server.Browser.NewPageAsync();
        page.SetDefaultTimeout(StepTimeout);
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text); };

        var response = await page.GotoAsync(server.Address + "/");
        await Assertions.Expect(page.Locator("li[data-node='china']")).ToBeVisibleAsync();
        await Expand(page, "liaoning");

        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"), StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_page_is_chinese_by_default_and_english_on_the_toggle()
    {
        var page = await Open();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("民生目标预测");
        await Assertions.Expect(page.Locator("li[data-node='china'] > .node-row .node-name")).ToHaveTextAsync("中国");
        await page.Locator("#lang-toggle").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Livelihood target forecast");
        await Assertions.Expect(page.Locator("li[data-node='china'] > .node-row .node-name")).ToHaveTextAsync("China");
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
    }

    [Fact]
    public async Task The_tree_shows_each_node_s_light_counts_from_its_rollup()
    {
        var rollup = await server.Http.GetFromJsonAsync<JsonElement>("/api/jurisdictions/liaoning/rollup");
        var page = await Open();

        var counts = page.Locator("li[data-node='liaoning'] > .node-row .counts");
        var flags = rollup.GetProperty("flags");
        await Assertions.Expect(counts.Locator("[data-flag='likely-missed']")).ToHaveTextAsync(flags.GetProperty("likelyMissed").GetInt32().ToString());
        await Assertions.Expect(counts.Locator("[data-flag='on-track']")).ToHaveTextAsync(flags.GetProperty("onTrack").GetInt32().ToString());
        await Assertions.Expect(counts.Locator("[data-flag='insufficient-data']")).ToHaveTextAsync(flags.GetProperty("insufficientData").GetInt32().ToString());
    }

    [Fact]
    public async Task The_page_loads_nothing_from_outside_the_server()
    {
        var page = await server.Browser.NewPageAsync();
        page.SetDefaultTimeout(StepTimeout);
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.Address, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                foreign.Add(request.Url);
        };

        await page.GotoAsync(server.Address + "/");
        await Assertions.Expect(page.Locator("li[data-node='china']")).ToBeVisibleAsync();

        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_page_polls_with_if_none_match_and_gets_304s()
    {
        var page = await Open();
        var revalidated = new TaskCompletionSource<int>();
        page.Response += async (_, response) =>
        {
            if (response.Url.Contains("/api/tree", StringComparison.Ordinal) && (await response.Request.AllHeadersAsync()).ContainsKey("if-none-match"))
                revalidated.TrySetResult(response.Status);
        };

        var status = await revalidated.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(304, status);
    }
}
