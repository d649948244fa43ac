using Forecast.Contracts;

namespace Forecast.Reports;

/// <summary>
/// The JSON report (docs/report.schema.json): a pure function of the scenario's content and the catalog, so two runs
/// of one file give the same bytes. Clock times are left out for that reason.
/// </summary>
/// <param name="Format">"forecast-report/1"; a change that breaks readers changes the number.</param>
/// <param name="ModelRevision">The model revision that computed the run; with the hashes and the seed, what reproduces it.</param>
public sealed record ReportDocument(
    string Format,
    Scenario Scenario,
    string ContentHash,
    string CatalogHash,
    string? ModelRevision,
    string RunId,
    FlagCounts Counts,
    IReadOnlyList<ReportJurisdiction> Jurisdictions,
    IReadOnlyList<ReportPair> Pairs,
    IReadOnlyList<PairFailure> Failures)
{
    public const string CurrentFormat = "forecast-report/1";

    public static ReportDocument Of(RunReport report)
    {
        var result = report.Result;
        var jurisdictions = result.Rollups.Select(r =>
        {
            var view = report.Jurisdictions.FirstOrDefault(j => j.Id == r.Jurisdiction);
            return new ReportJurisdiction(
                r.Jurisdiction, view?.ParentId, view?.Level, view?.NameZh, view?.NameEn,
                r.Targets, r.Assessed, r.InsufficientData, r.ExpectedMet, r.Flags, r.ByDomain,
                r.Worst.Select(w => w.Pair).ToList(), r.AdditiveShares);
        }).ToList();
        var pairs = result.Pairs.Select(ReportPair.Of).ToList();
        return new ReportDocument(CurrentFormat, result.Scenario, result.ContentHash, result.CatalogHash, result.ModelRevision, result.RunId, report.Counts, jurisdictions, pairs, result.Failures);
    }
}

/// <summary>A jurisdiction and everything below it: its lights, counted.</summary>
/// <param name="Worst">The pairs least likely to be met, lowest P(meet) first.</param>
public sealed record ReportJurisdiction(
    string Id,
    string? Parent,
    string? Level,
    string? NameZh,
    string? NameEn,
    int Targets,
    int Assessed,
    int InsufficientData,
    double ExpectedMet,
    FlagCounts Flags,
    IReadOnlyList<DomainFlags> ByDomain,
    IReadOnlyList<string> Worst,
    IReadOnlyList<AdditiveShare> AdditiveShares);

/// <summary>One target's forecast with the source of its figure.</summary>
public sealed record ReportPair(
    string Pair,
    string Jurisdiction,
    string Indicator,
    string NameZh,
    string NameEn,
    string Domain,
    string Unit,
    string Kind,
    string Direction,
    double? Bound,
    FigureView Goal,
    string Flag,
    double? PMeet,
    double? StandardError,
    double? MedianGap,
    double? MedianGapShare,
    double? ExpectedShortfall,
    double? ShortfallShare,
    string Basis,
    string EvidenceZh,
    string EvidenceEn,
    string Borderline,
    double? PlanPathValue,
    PointView? Outcome,
    RequiredPaceView? WhatItTakes,
    string? WhatItTakesNote,
    string? Method,
    string? FitDescription,
    bool SpreadFromData,
    bool Nowcast,
    string Risk,
    string? RiskFactor,
    string ReasonZh,
    string ReasonEn,
    GrowthView Growth,
    IReadOnlyList<YearBand> Fan,
    IReadOnlyList<PointView> Points,
    IReadOnlyList<ReportObservation> Observations)
{
    public static ReportPair Of(PairForecastView p)
    {
        var d = p.Definition;
        return new ReportPair(
            d.Pair, d.Jurisdiction, d.Indicator, d.NameZh, d.NameEn, d.Domain, d.Unit, d.Kind, d.Direction, d.Bound,
            p.Goal, p.Flag, p.PMeet, p.StandardError, p.MedianGap, p.MedianGapShare, p.ExpectedShortfall, p.ShortfallShare,
            p.Basis, ReportText.Evidence(p.Basis).Zh, ReportText.Evidence(p.Basis).En, p.Borderline, p.PlanPathValue, p.Outcome, p.WhatItTakes, p.WhatItTakesNote, p.Method, p.FitDescription, p.SpreadFromData, p.Nowcast, p.Risk, p.RiskFactor, p.ReasonZh, p.ReasonEn,
            p.Growth, p.Fan, p.Points, p.Observations.Select(o => new ReportObservation(o.Year, o.Value, o.Source, o.RecordedBy)).ToList());
    }
}

/// <summary>A recorded value the forecast used (when it was recorded is left out: it would make the report differ run to run).</summary>
public sealed record ReportObservation(int Year, double Value, string Source, string RecordedBy);
