using Forecast.Catalog;
using Forecast.Model.Growth;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// A pair made ready to simulate, or found settled by its figures, or found to lack a basis: the step between the
/// catalog and the kernel.
/// </summary>
internal sealed record PairPlan(PairId Pair, Indicator Indicator, Figure Goal, GrowthRow Growth, bool Nowcast)
{
    public TrajectoryFit? Fit { get; init; }

    public PathModel? Model { get; init; }

    /// <summary>Met (true) or missed (false) on the figures already in; null where paths decide.</summary>
    public bool? Settled { get; init; }

    /// <summary>The settling value (in the indicator's unit), for the gap of a settled target.</summary>
    public double SettledValue { get; init; }

    /// <summary>Why there is no basis, in English and Chinese; null where there is one.</summary>
    public Reason? Gap { get; init; }

    /// <summary>The goal year's value on the path with every draw at zero (the plan's own path), in the unit.</summary>
    public double? CentreValue { get; init; }

    /// <summary>The path with every draw at zero, with and without the scenario's shocks: does the centre meet?</summary>
    public bool CentreMeets { get; init; }

    public bool CentreMeetsWithoutShocks { get; init; }

    /// <summary>The shocks that reach this pair, by name.</summary>
    public IReadOnlyList<string> Shocks { get; init; } = [];

    /// <summary>The own spread's and each loaded factor's share of the yearly variance.</summary>
    public double OwnVarianceShare { get; init; } = 1;

    public string? DominantFactor { get; init; }

    public bool TargetAtBound { get; init; }

    /// <summary>Per simulated year, the plan's own shift (the model's, less the shocks and a total's median correction): what a changed pace replaces.</summary>
    public double[]? OwnShifts { get; init; }

    public ForecastBasis Basis => Gap is not null ? ForecastBasis.None : Fit?.Basis ?? ForecastBasis.Planned;
}
