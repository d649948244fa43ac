using Forecast.Contracts;

namespace Forecast.Reports.Tests;

/// <summary>
/// A small run built in code for the renderers' tests: three pairs (likely missed, on track, insufficient data)
/// under Liaoning and Dandong. Its figures are test inputs shaped like a run grain's answer, not data.
/// </summary>
internal static class SampleRun
{
    public static readonly Scenario Scenario = new(
        "sample", "样例 Sample", 42, 1000, 2023, 2025, [], new ScenarioThresholds(),
        [], [new ScenarioShockSpec("demand-shock", "economy", null, null, null, 2024, 2025, -0.04)], []);

    public static RunResult Result(Scenario? scenario = null, double jobsPMeet = 0.31)
    {
        scenario ??= Scenario;
        var hash = ScenarioHash.Of(scenario);
        var jobs = Pair("dandong", "new-urban-jobs", "新增城镇就业", "new urban jobs", "employment", "人", jobsPMeet,
            jobsPMeet < 0.5 ? Flags.LikelyMissed : jobsPMeet < 0.8 ? Flags.AtRisk : Flags.OnTrack, 51_000, "二(一)1", "累计新增城镇就业5.1万人");
        var income = Pair("liaoning", "rural-income", "农村居民人均可支配收入", "rural per-capita disposable income", "income", "元", 0.93, Flags.OnTrack, 22_000, "一 1", "农村居民人均可支配收入达到2.2万元");
        var parks = Pair("dandong", "pocket-parks", "口袋公园", "pocket parks", "urban", "个", null, Flags.InsufficientData, 30, "附件 7", "新建口袋公园30个");
        var pairs = new List<PairForecastView> { jobs, income, parks };
        FlagCounts Count(IEnumerable<PairForecastView> ps) => new(ps.Count(p => p.Flag == Flags.OnTrack), ps.Count(p => p.Flag == Flags.AtRisk), ps.Count(p => p.Flag == Flags.LikelyMissed), ps.Count(p => p.Flag == Flags.InsufficientData));
        RollupView Rollup(string id, IReadOnlyList<PairForecastView> ps) => new(
            hash, scenario.Id, id, scenario.Paths, ps.Count, ps.Count(p => p.PMeet is not null), ps.Count(p => p.PMeet is null),
            ps.Sum(p => p.PMeet ?? 0), [], Count(ps), [], ps.Where(p => p.PMeet is not null).OrderBy(p => p.PMeet).Select(p => new PairSummary(p.Definition.Pair, p.Definition.NameZh, p.Definition.NameEn, p.PMeet, p.Flag, p.ReasonZh, p.ReasonEn)).ToList(), []);
        return new RunResult(
            hash, scenario, hash, "catalog-hash-of-the-sample", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(1), pairs,
            [Rollup("liaoning", pairs), Rollup("dandong", [jobs, parks])], [], "model-revision-of-the-sample");
    }

    public static IReadOnlyList<JurisdictionView> Jurisdictions { get; } =
    [
        new("liaoning", "china", "province", "辽宁省", "Liaoning", ["dandong"], 1, 0),
        new("dandong", "liaoning", "city", "丹东市", "Dandong", [], 2, 0),
    ];

    public static RunReport Report(Scenario? scenario = null, double jobsPMeet = 0.31) => new(Result(scenario, jobsPMeet), Jurisdictions);

    private static PairForecastView Pair(string jurisdiction, string indicator, string zh, string en, string domain, string unit, double? pMeet, string flag, double goal, string clause, string evidence)
    {
        var source = new SourceView("000_e5efb241aa6ec9cb.txt", clause, evidence);
        var figure = new FigureView("target", 2025, null, goal, "≥", source, null);
        var definition = new PairDefinition($"{jurisdiction}/{indicator}", jurisdiction, indicator, zh, en, domain, unit, "level", "up", null, false, [figure]);
        var fan = pMeet is null ? new List<YearBand>() : [new(2024, goal * 0.85, goal * 0.9, goal * 0.95, goal, goal * 1.05), new(2025, goal * 0.8, goal * 0.9, goal * (0.9 + (pMeet.Value * 0.2)), goal * 1.05, goal * 1.15)];
        var points = new List<PointView> { new(2022, goal * 0.8, "baseline", clause), new(2023, goal * 0.87, "planned", clause) };
        var growth = new GrowthView(points[1], points[0], 8.7, 7.2, 1.2, "%/yr", "on-track", "needs 7.2 %/yr");
        return new PairForecastView(
            "run", definition, figure, pMeet is null ? "none" : "planned", pMeet is null ? null : "log-linear", null, false, false,
            pMeet, pMeet is null ? null : 0.005, flag, pMeet is null ? null : goal * 0.05, pMeet is null ? null : 0.05, pMeet is null ? null : goal * 0.02, pMeet is null ? null : 0.02,
            fan, pMeet is null ? "data-gap" : "common-factor", pMeet is null ? null : "economy", $"{zh}：原因", $"{en}: reason", growth, points,
            [new ObservationView(2023, goal * 0.87, "统计公报", "tester", DateTimeOffset.UnixEpoch)])
        {
            Borderline = pMeet is > 0.49 and < 0.51 ? "monte-carlo" : "no",
            PlanPathValue = pMeet is null ? null : goal,
            // What it takes: a fifth more than the pace the paths assume (test inputs, not a solve).
            WhatItTakes = pMeet is null ? null : new RequiredPaceView("units-per-year", $"{unit}/yr", 2024, 2, 0.8, goal * 0.12, goal * 0.1, 1.2),
            WhatItTakesNote = pMeet is null ? "insufficient-data" : null,
        };
    }
}
