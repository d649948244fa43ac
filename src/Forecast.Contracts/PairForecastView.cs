namespace Forecast.Contracts;

/// <summary>One target's forecast in one run: how likely it is met, by how much it may fall short, and why.</summary>
/// <param name="Goal">The figure forecast: the pair's target, or, where it has none, its latest commitment.</param>
/// <param name="Basis">The rung of evidence: "observed", "planned", "linked", "pooled", "base-rate", "assumption" or "none".</param>
/// <param name="Method">"log-linear", "logit-linear", "linear", "pace" or "average-growth"; null where nothing was fitted.</param>
/// <param name="Nowcast">The goal year is at or before the as-of year with no figure for it: the forecast estimates the past.</param>
/// <param name="PMeet">Null with basis none, and for a settled goal (a recorded outcome is not a probability).</param>
/// <param name="Flag">One of <see cref="Flags"/>.</param>
/// <param name="Fan">P5–P95 per simulated year.</param>
/// <param name="Risk">"none", "own-trend", "own-spread", "common-factor", "scenario-shock", "bound", "data-gap" or "base-rate".</param>
/// <param name="Points">The points the fit rests on, each with its basis and source.</param>
[GenerateSerializer, Immutable, Alias("forecast.PairForecastView")]
public sealed record PairForecastView(
    [property: Id(0)] string RunId,
    [property: Id(1)] PairDefinition Definition,
    [property: Id(2)] FigureView Goal,
    [property: Id(3)] string Basis,
    [property: Id(4)] string? Method,
    [property: Id(5)] string? FitDescription,
    [property: Id(6)] bool SpreadFromData,
    [property: Id(7)] bool Nowcast,
    [property: Id(8)] double? PMeet,
    [property: Id(9)] double? StandardError,
    [property: Id(10)] string Flag,
    [property: Id(11)] double? ExpectedShortfall,
    [property: Id(12)] double? ShortfallShare,
    [property: Id(13)] double? MedianGap,
    [property: Id(14)] double? MedianGapShare,
    [property: Id(15)] IReadOnlyList<YearBand> Fan,
    [property: Id(16)] string Risk,
    [property: Id(17)] string? RiskFactor,
    [property: Id(18)] string ReasonZh,
    [property: Id(19)] string ReasonEn,
    [property: Id(20)] GrowthView Growth,
    [property: Id(21)] IReadOnlyList<PointView> Points,
    [property: Id(22)] IReadOnlyList<ObservationView> Observations)
{
    /// <summary>"no", "monte-carlo" (P(meet) within its Monte Carlo error of a threshold) or "plan-on-the-line" (the plan itself meets the goal exactly): why the light is the kinder one.</summary>
    [Id(23)]
    public string Borderline { get; init; } = "no";

    /// <summary>The goal year's value on the plan's own path (every draw at zero), in the unit; null where settled or not simulated.</summary>
    [Id(24)]
    public double? PlanPathValue { get; init; }

    /// <summary><see cref="FitDescription"/> in Chinese, so the Chinese page says what was fitted in Chinese; null where nothing was fitted or for a run stored before it was kept.</summary>
    [Id(25)]
    public string? FitDescriptionZh { get; init; }

    /// <summary>Settled goals (flag "met" or "missed"): the recorded figure that settles it, with its source; no P(meet) is given.</summary>
    [Id(26)]
    public PointView? Outcome { get; init; }

    /// <summary>What it takes to be on track; null where nothing is forecast (<see cref="WhatItTakesNote"/> says why).</summary>
    [Id(27)]
    public RequiredPaceView? WhatItTakes { get; init; }

    /// <summary>Why there is no pace: "settled", "insufficient-data", "out-of-reach" (no pace gets there: a recorded year decides against it) or "not-computed"; null where <see cref="WhatItTakes"/> has one.</summary>
    [Id(28)]
    public string? WhatItTakesNote { get; init; }
}
