using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Forecast.Browser.Tests;

/// <summary>The pair panel's what-if control: a planner moves the assumed pace and sees P(meet) and the fan change.</summary>
public sealed class WhatIfControlTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const float StepTimeout = 15_000;

    // Likely missed in the baseline: Dandong's 2023 plan of 153 village clinics a year falls short of its total.
    private const string Pair = "dandong/village-clinics-strengthened";

    private async Task<IPage> OpenPair()
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        page.SetDefaultTimeout(StepTimeout);
        await page.GotoAsync(server.Address + "/?lang=en");
        foreach (var node in new[] { "liaoning" })
        {
            var item = page.Locator($"li[data-node='{node}']");
            await item.Locator(":scope > .node-row > .toggle").ClickAsync();
            await Assertions.Expect(item).ToHaveAttributeAsync("aria-expanded", "true");
        }

        await page.Locator("li[data-node='dandong'] > .node-row > .node-name").ClickAsync();
        await page.Locator($"#pairs tr[data-pair='{Pair}']").ClickAsync();
        await Assertions.Expect(page.Locator("#what-if-controls")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Moving_the_pace_to_what_it_takes_turns_the_pair_on_track_and_redraws_its_fan()
    {
        var forecast = await server.Http.GetFromJsonAsync<JsonElement>($"/api/pairs/{Pair}/forecast");
        var needed = forecast.GetProperty("whatItTakes").GetProperty("needed").GetDouble();
        var page = await OpenPair();
        var before = await page.Locator("#fan svg path.median").GetAttributeAsync("d");

        var number = page.Locator("#what-if-pace");
        await number.FillAsync(needed.ToString("R", CultureInfo.InvariantCulture));
        await number.DispatchEventAsync("change");

        var result = page.Locator("#what-if-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-flag", "on-track");
        Assert.True(double.Parse((await result.GetAttributeAsync("data-pmeet"))!, CultureInfo.InvariantCulture) >= 0.8);
        await Assertions.Expect(page.Locator("#fan svg.what-if")).ToHaveCountAsync(1);
        Assert.NotEqual(before, await page.Locator("#fan svg path.median").GetAttributeAsync("d"));
        await Assertions.Expect(page.Locator("#what-if-range")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d"));

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "what-if.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.Locator("#pair-panel").ScreenshotAsync(new LocatorScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    [Fact]
    public async Task Dragging_the_slider_down_to_its_least_pace_shows_the_pair_likely_missed()
    {
        var page = await OpenPair();

        await page.Locator("#what-if-range").EvaluateAsync("el => { el.value = el.min; el.dispatchEvent(new Event('input', { bubbles: true })); }");

        var result = page.Locator("#what-if-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-flag", "likely-missed");
        Assert.True(double.Parse((await result.GetAttributeAsync("data-pmeet"))!, CultureInfo.InvariantCulture) < 0.5);
        var shownPace = double.Parse((await page.Locator("#what-if-pace").InputValueAsync())!, CultureInfo.InvariantCulture);
        var ranPace = double.Parse((await page.Locator("#fan svg.what-if").GetAttributeAsync("data-pace"))!, CultureInfo.InvariantCulture);
        Assert.Equal(shownPace, ranPace, 1e-4 * Math.Abs(shownPace));
    }

    [Fact]
    public async Task Going_back_to_the_scenario_s_pace_restores_the_run_s_fan()
    {
        var page = await OpenPair();
        await page.Locator("#what-if-range").EvaluateAsync("el => { el.value = el.max; el.dispatchEvent(new Event('input', { bubbles: true })); }");
        await Assertions.Expect(page.Locator("#fan svg.what-if")).ToHaveCountAsync(1);

        await page.Locator("#what-if-reset").ClickAsync();

        await Assertions.Expect(page.Locator("#fan svg.what-if")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#fan svg.fan")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#what-if-result")).ToHaveTextAsync(string.Empty);
    }

    [Fact]
    public async Task A_pair_with_no_forecast_says_there_is_nothing_to_vary()
    {
        var lights = await server.Http.GetFromJsonAsync<JsonElement>("/api/jurisdictions/dandong/pairs");
        var none = lights.EnumerateArray().First(l => l.GetProperty("flag").GetString() == "insufficient-data").GetProperty("pair").GetString()!;
        var page = await OpenPair();

        await page.Locator($"#pairs tr[data-pair='{none}']").ClickAsync();

        await Assertions.Expect(page.Locator("#what-if-controls")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#what-if-note")).ToContainTextAsync("no forecast to vary");
    }
}
