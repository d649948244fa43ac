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

    private async Task<IPage> OpenAt(int width, int height, string query = "")
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(StepTimeout);
        await page.GotoAsync(server.Address + "/" + query);
        return page;
    }

    /// <summary>Opens a pair the way a planner does: its jurisdiction in the tree (expanding the way to it), then its row.</summary>
    private static async Task OpenPair(IPage page, string pair)
    {
        var jurisdiction = pair.Split('/')[0];
        var path = jurisdiction switch
        {
            "zhenxing" => new[] { "liaoning", "dandong" },
            "lianyungang" => ["jiangsu"],
            _ => ["liaoning"],
        };
        foreach (var node in path)
            await Expand(page, node);
        await page.Locator($"li[data-node='{jurisdiction}'] > .node-row .node-name").ClickAsync();
        await page.Locator($"#pairs tr[data-pair='{pair}']").ClickAsync();
        await Assertions.Expect(page.Locator("#pair-panel")).ToBeVisibleAsync();
    }

    /// <summary>The first of a jurisdiction's pairs whose forecast satisfies <paramref name="wanted"/>, asked of the API.</summary>
    private async Task<(string Pair, JsonElement Forecast)> FirstPairIn(string jurisdiction, Func<JsonElement, bool> wanted)
    {
        var lights = await server.Http.GetFromJsonAsync<JsonElement>($"/api/jurisdictions/{jurisdiction}/pairs");
        foreach (var light in lights.EnumerateArray())
        {
            var pair = light.GetProperty("pair").GetString()!;
            var forecast = await server.Http.GetFromJsonAsync<JsonElement>($"/api/pairs/{pair}/forecast");
            if (wanted(forecast))
                return (pair, forecast);
        }

        throw new InvalidOperationException($"no pair of {jurisdiction} has the forecast this test needs");
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

    [Fact]
    public async Task An_unsupported_lang_parameter_falls_back_to_chinese_without_a_script_error()
    {
        var page = await server.Browser.NewPageAsync();
        page.SetDefaultTimeout(StepTimeout);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(server.Address + "/?lang=fr");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("民生目标预测");
        await Assertions.Expect(page.Locator("li[data-node='china'] > .node-row .node-name")).ToHaveTextAsync("中国");
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_stale_language_stored_in_the_browser_falls_back_to_chinese_without_a_script_error()
    {
        var context = await server.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(StepTimeout);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.AddInitScriptAsync("localStorage.setItem('forecast.lang', 'de')");

        await page.GotoAsync(server.Address + "/");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("民生目标预测");
        await Assertions.Expect(page.Locator("li[data-node='china'] > .node-row .node-name")).ToHaveTextAsync("中国");
        Assert.Empty(errors);
        await context.DisposeAsync();
    }

    [Fact]
    public async Task A_scenario_nobody_ran_is_said_not_to_exist_with_links_to_the_scenarios_that_have_runs()
    {
        var scenario = $"nosuch-{Guid.NewGuid():N}"[..20];
        var page = await Open($"?lang=en&scenario={scenario}");

        var status = page.Locator("#run-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "missing");
        await Assertions.Expect(status.Locator(".missing")).ToContainTextAsync($"Scenario “{scenario}” does not exist");
        await Assertions.Expect(status.Locator("a[data-scenario='baseline']")).ToHaveAttributeAsync("href", "?lang=en&scenario=baseline");
        await Assertions.Expect(page.Locator("li[data-node='china'] > .node-row .counts")).Not.ToContainTextAsync("running");
    }

    [Fact]
    public async Task At_1024_px_wide_the_tree_counts_and_the_pair_panel_fit_on_the_screen()
    {
        var (pair, _) = await LikelyMissedInZhenxing();
        var page = await OpenAt(1024, 768);
        await OpenPair(page, pair);
        await Assertions.Expect(page.Locator("#fan svg")).ToBeVisibleAsync();

        // Every box's right edge inside the window and inside its panel; no panel wider inside than it is.
        var overflows = await page.EvaluateAsync<string[]>("""
            () => {
              const out = [];
              const right = (e) => e.getBoundingClientRect().right;
              if (document.documentElement.scrollWidth > innerWidth) out.push(`page ${document.documentElement.scrollWidth} > ${innerWidth}`);
              for (const panel of document.querySelectorAll('main > nav, main > section:not([hidden])')) {
                if (right(panel) > innerWidth + 0.5) out.push(`${panel.id} ends at ${right(panel)}`);
                if (panel.scrollWidth > panel.clientWidth + 1) out.push(`${panel.id} scrolls sideways: ${panel.scrollWidth} > ${panel.clientWidth}`);
              }
              const tree = document.getElementById('tree-panel');
              for (const counts of document.querySelectorAll('#tree .counts')) {
                if (right(counts) > right(tree) + 0.5) out.push(`counts of ${counts.closest('li').dataset.node} end at ${right(counts)} > ${right(tree)}`);
              }
              for (const id of ['fan', 'pair-figures', 'pair-sources']) {
                const e = document.getElementById(id);
                if (right(e) > innerWidth + 0.5) out.push(`${id} ends at ${right(e)}`);
              }
              return out;
            }
            """);

        Assert.Empty(overflows);
    }

    [Fact]
    public async Task A_settled_goal_shows_its_recorded_figure_and_target_and_says_why_there_is_no_fan()
    {
        // Settled: a recorded figure decided it, so no year is simulated and no P(meet) is given.
        var (pair, _) = await FirstPairIn("dandong", f => f.GetProperty("outcome").ValueKind == JsonValueKind.Object);
        var page = await Open();
        await OpenPair(page, pair);

        var figure = page.Locator("#fan figure.no-fan");
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-reason", "settled");
        await Assertions.Expect(figure.Locator("circle[data-basis='observed']").First).ToBeVisibleAsync();
        await Assertions.Expect(figure.Locator("line.target")).ToHaveCountAsync(1);
        await Assertions.Expect(figure.Locator("figcaption")).ToContainTextAsync("没有扇形区间");
        await Assertions.Expect(page.Locator("#pair-pmeet")).ToContainTextAsync("已达标");
    }

    [Fact]
    public async Task A_nowcast_of_a_past_goal_year_draws_that_year_s_spread_as_a_bar_and_says_it_is_no_path()
    {
        var (pair, forecast) = await FirstPairIn("zhenxing", f => f.GetProperty("nowcast").GetBoolean() && f.GetProperty("fan").GetArrayLength() == 1);
        var page = await Open("?lang=en");
        await OpenPair(page, pair);

        var figure = page.Locator("#fan figure.no-fan");
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-reason", "nowcast");
        var bar = await figure.Locator("rect[data-band='p5-p95']").BoundingBoxAsync();
        Assert.NotNull(bar);
        Assert.True(bar.Width > 0 && bar.Height > 0, $"bar {bar.Width}×{bar.Height}");
        var year = forecast.GetProperty("goal").GetProperty("year").GetInt32();
        await Assertions.Expect(figure.Locator("figcaption")).ToContainTextAsync($"nowcast of {year}");
    }

    [Fact]
    public async Task The_chinese_page_states_the_basis_in_chinese()
    {
        var forecast = await server.Http.GetFromJsonAsync<JsonElement>("/api/pairs/zhenxing/new-urban-jobs/forecast");
        var page = await Open();
        await OpenPair(page, "zhenxing/new-urban-jobs");

        var basis = await page.Locator("#pair-basis").InnerTextAsync();

        Assert.EndsWith(forecast.GetProperty("fitDescriptionZh").GetString()!, basis, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{3,}", basis);
    }

    [Fact]
    public async Task The_english_page_names_the_unit_in_english()
    {
        // 新增城镇就业 is counted in 人: "people" on the English page.
        var page = await Open("?lang=en");
        await OpenPair(page, "zhenxing/new-urban-jobs");

        await Assertions.Expect(page.Locator("#pair-name")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(" · people$"));
        var target = page.Locator("#pair-sources tr[data-role='target'] td").Nth(2);
        await Assertions.Expect(target).ToContainTextAsync("people");
        await Assertions.Expect(target).Not.ToContainTextAsync("人");
    }

    [Theory]
    [InlineData(1_397_418, 1_612_907)]
    [InlineData(0.61, 0.97)]
    [InlineData(-3.2, 14.7)]
    [InlineData(89.5, 90.5)]
    public async Task The_chart_s_value_ticks_are_multiples_of_1_2_2_5_or_5_times_a_power_of_ten(double low, double high)
    {
        var page = await Open();
        await Assertions.Expect(page.Locator("li[data-node='china']")).ToBeVisibleAsync();

        var axis = await page.EvaluateAsync<JsonElement>($"niceTicks({low.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {high.ToString(System.Globalization.CultureInfo.InvariantCulture)}, 4)");
        var step = axis.GetProperty("step").GetDouble();
        var ticks = axis.GetProperty("ticks").EnumerateArray().Select(t => t.GetDouble()).ToList();

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(step)));
        Assert.Contains(new[] { 1, 2, 2.5, 5, 10 }, m => Math.Abs((step / magnitude) - m) < 1e-9);
        Assert.InRange(ticks.Count, 3, 6);
        Assert.All(ticks, t => Assert.InRange(t, low, high));
        Assert.All(ticks, t => Assert.Equal(Math.Round(t / step), t / step, 9));
    }
}
