using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Runs;
using Forecast.Grains.Views;
using Forecast.Model.Forecasting;

namespace Forecast.Grains.WhatIf;

/// <summary>Runs a what-if on a prepared run and spells the answer as the contracts do; the math is the model's.</summary>
public static class WhatIfRunner
{
    /// <exception cref="WhatIfRejectedException">The request breaks a bound, or its pace is one the pair's space cannot hold.</exception>
    public static WhatIfAnswer Answer(PreparedRun run, PairDefinition definition, string runId, WhatIfRequest request, double? runPMeet)
    {
        var assumption = WhatIfInputs.From(request, run.Inputs.Priors);
        var simulation = run.Inputs.Simulation with { Paths = request.Paths, Quantiles = true };
        WhatIfOutcome outcome;
        try
        {
            outcome = run.Forecast.WhatIf(new PairId(definition.Jurisdiction, definition.Indicator), assumption, simulation);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new WhatIfRejectedException("pace", $"pace: {request.Pace}: {e.Message.Split(" (Parameter", 2)[0]}");
        }

        var result = outcome.Simulation;
        return new WhatIfAnswer(
            definition.Pair,
            runId,
            simulation.Seed,
            simulation.Paths,
            result?.PMeet,
            result?.StandardError,
            outcome.Flag is { } flag ? PairViews.Flag(flag) : null,
            result?.MedianGap is { } gap && double.IsFinite(gap) ? gap : null,
            result is null ? [] : result.Fan.Select(q => new YearBand(q.Year, q.P5, q.P25, q.P50, q.P75, q.P95)).ToList(),
            outcome.Measure is { } measure ? PairViews.UnitOf(measure, definition.Unit) : null,
            outcome.Pace,
            outcome.AssumedPace,
            runPMeet,
            outcome.WhatItTakes is { } pace ? PairViews.ToView(pace, definition.Unit) : null,
            outcome.NoForecast);
    }
}
