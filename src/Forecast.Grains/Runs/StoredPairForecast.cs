using Forecast.Contracts;

namespace Forecast.Grains.Runs;

/// <summary>
/// A pair's forecast as a run stores it: the view without its definition, which is the catalog's and comes back
/// from the silo's catalog when the run is read (a third of a stored result was definitions, written on every run).
/// </summary>
[GenerateSerializer, Immutable, Alias("forecast.StoredPairForecast")]
public sealed record StoredPairForecast(
    [property: Id(0)] string Pair,
    [property: Id(1)] FigureView Goal,
    [property: Id(2)] string Basis,
    [property: Id(3)] string? Method,
    [property: Id(4)] string? FitDescription,
    [property: Id(5)] bool SpreadFromData,
    [property: Id(6)] bool Nowcast,
    [property: Id(7)] double? PMeet,
    [property: Id(8)] double? StandardError,
    [property: Id(9)] string Flag,
    [property: Id(10)] double? ExpectedShortfall,
    [property: Id(11)] double? ShortfallShare,
    [property: Id(12)] double? MedianGap,
    [property: Id(13)] double? MedianGapShare,
    [property: Id(14)] IReadOnlyList<YearBand> Fan,
    [property: Id(15)] string Risk,
    [property: Id(16)] string? RiskFactor,
    [property: Id(17)] string ReasonZh,
    [property: Id(18)] string ReasonEn,
    [property: Id(19)] GrowthView Growth,
    [property: Id(20)] IReadOnlyList<PointView> Points,
    [property: Id(21)] IReadOnlyList<ObservationView> Observations)
{
    /// <summary>See <see cref="PairForecastView.Borderline"/>; "no" for a run stored before it was kept.</summary>
    [Id(22)]
    public string Borderline { get; init; } = "no";

    [Id(23)]
    public double? PlanPathValue { get; init; }

    [Id(24)]
    public string? FitDescriptionZh { get; init; }

    /// <summary>See <see cref="PairForecastView.Outcome"/>.</summary>
    [Id(25)]
    public PointView? Outcome { get; init; }

    [Id(26)]
    public RequiredPaceView? WhatItTakes { get; init; }

    [Id(27)]
    public string? WhatItTakesNote { get; init; }

    public static StoredPairForecast From(PairForecastView v) => new(
        v.Definition.Pair, v.Goal, v.Basis, v.Method, v.FitDescription, v.SpreadFromData, v.Nowcast, v.PMeet, v.StandardError, v.Flag,
        v.ExpectedShortfall, v.ShortfallShare, v.MedianGap, v.MedianGapShare, v.Fan, v.Risk, v.RiskFactor, v.ReasonZh, v.ReasonEn, v.Growth, v.Points, v.Observations)
    {
        Borderline = v.Borderline,
        PlanPathValue = v.PlanPathValue,
        FitDescriptionZh = v.FitDescriptionZh,
        Outcome = v.Outcome,
        WhatItTakes = v.WhatItTakes,
        WhatItTakesNote = v.WhatItTakesNote,
    };

    public PairForecastView ToView(string runId, PairDefinition definition) => new(
        runId, definition, Goal, Basis, Method, FitDescription, SpreadFromData, Nowcast, PMeet, StandardError, Flag,
        ExpectedShortfall, ShortfallShare, MedianGap, MedianGapShare, Fan, Risk, RiskFactor, ReasonZh, ReasonEn, Growth, Points, Observations)
    {
        Borderline = Borderline,
        PlanPathValue = PlanPathValue,
        FitDescriptionZh = FitDescriptionZh,
        Outcome = Outcome,
        WhatItTakes = WhatItTakes,
        WhatItTakesNote = WhatItTakesNote,
    };
}
