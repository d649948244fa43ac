using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Growth;

namespace Forecast.Grains.Views;

/// <summary>The model's forecast of a pair, spelt as the contracts spell it (kebab-case words, no model types).</summary>
public static class PairViews
{
    public static PairForecastView ToView(string runId, PairDefinition definition, PairForecast forecast, IReadOnlyList<ObservationView> observations)
    {
        var simulation = forecast.Simulation;
        return new PairForecastView(
            runId,
            definition,
            CatalogViews.ToView(forecast.Goal),
            Word(forecast.Basis.ToString()),
            forecast.Fit is { } fit ? Method(fit.Method) : null,
            forecast.Fit?.Description,
            forecast.Fit?.SpreadFromData ?? false,
            forecast.Nowcast,
            forecast.PMeet,
            forecast.Settled ? null : simulation?.StandardError,
            Flag(forecast.Flag),
            simulation?.ExpectedShortfall is { } shortfall && double.IsFinite(shortfall) ? shortfall : null,
            simulation?.ShortfallShare is { } share && double.IsFinite(share) ? share : null,
            simulation?.MedianGap,
            simulation?.MedianGapShare,
            simulation is null || forecast.Settled ? [] : simulation.Fan.Select(q => new YearBand(q.Year, q.P5, q.P25, q.P50, q.P75, q.P95)).ToList(),
            Word(forecast.Risk.ToString()),
            forecast.RiskFactor,
            forecast.Reason.Zh,
            forecast.Reason.En,
            ToView(forecast.Growth),
            forecast.Fit?.Points.Select(ToView).ToList() ?? [],
            observations)
        {
            Borderline = Word(forecast.Borderline.ToString()),
            PlanPathValue = forecast.CentreValue is { } centre && double.IsFinite(centre) ? centre : null,
            FitDescriptionZh = forecast.Fit?.DescriptionZh,
            Outcome = forecast.Outcome is { } outcome ? ToView(outcome) : null,
            WhatItTakes = forecast.WhatItTakes is { } pace ? ToView(pace, forecast.Indicator.Unit) : null,
            WhatItTakesNote = forecast.WhatItTakes switch
            {
                { Needed: null } => "out-of-reach",
                not null => null,
                _ when forecast.Settled => "settled",
                _ when forecast.Simulation is null => "insufficient-data",
                _ => "not-computed",
            },
        };
    }

    public static RequiredPaceView ToView(RequiredPace pace, string unit) => new(
        Word(pace.Measure.ToString()),
        UnitOf(pace.Measure, unit),
        pace.FromYear,
        pace.Years,
        pace.Probability,
        pace.Needed is { } needed && double.IsFinite(needed) ? needed : null,
        double.IsFinite(pace.Assumed) ? pace.Assumed : 0,
        pace.Ratio);

    /// <summary>A pace's unit as planners write it: "所/yr", "%/yr", "pp/yr".</summary>
    public static string UnitOf(PaceMeasure measure, string unit) => measure switch
    {
        PaceMeasure.PercentPerYear => "%/yr",
        PaceMeasure.PointsPerYear => "pp/yr",
        _ => $"{unit}/yr",
    };

    public static string Flag(ForecastFlag flag) => flag switch
    {
        ForecastFlag.OnTrack => Flags.OnTrack,
        ForecastFlag.AtRisk => Flags.AtRisk,
        ForecastFlag.LikelyMissed => Flags.LikelyMissed,
        ForecastFlag.Met => Flags.Met,
        ForecastFlag.Missed => Flags.Missed,
        _ => Flags.InsufficientData,
    };

    public static string Method(TrajectoryMethod method) => method switch
    {
        TrajectoryMethod.LogitLinear => "logit-linear",
        _ => Word(method.ToString()),
    };

    public static PointView ToView(DataPoint point) => new(point.Year, point.Value, Word(point.Basis.ToString()), point.Source);

    public static GrowthView ToView(GrowthRow row) => new(
        row.Latest is { } latest ? ToView(latest) : null,
        row.HistoricalFrom is { } from ? ToView(from) : null,
        row.HistoricalRate,
        row.RequiredRate,
        row.Ratio,
        row.RateUnit,
        row.Category == ProgressCategory.NotAssessable ? "no-rate" : Word(row.Category.ToString()),
        row.Explanation);

    /// <summary>"OwnTrend" → "own-trend", "LogLinear" → "log-linear" (<see cref="KebabCase"/>).</summary>
    public static string Word(string pascal) => KebabCase.Of(pascal);

    /// <summary>An observation as the model reads it.</summary>
    public static DataPoint ToPoint(ObservationView observation) => ObservationViews.ToPoint(observation);

    /// <summary>A pair's id as the model keys it.</summary>
    public static PairId PairOf(string pair) => PairId.Parse(pair);
}
