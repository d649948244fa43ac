using Forecast.Model.Random;
using Forecast.Model.Simulation;

namespace Forecast.Model.Tests.Simulation;

/// <summary>Path models with known closed forms, for the kernel's specifications.</summary>
internal static class Models
{
    public const int FirstYear = 2024;

    /// <summary>A log-normal level: ln value is a random walk from ln <paramref name="start"/> with the given drift and spread.</summary>
    public static PathModel LogNormalLevel(double start, double drift, double spread, int steps, double target, bool meetsAbove = true, string name = "level", params FactorLoading[] loadings) =>
        new(CounterRandom.StreamOf(name), PathShape.Level, FirstYear, Math.Log(start), Enumerable.Repeat(drift, steps).ToArray(), spread, loadings, Math.Log(target), meetsAbove, ValueTransform.Exp, 0, target);

    /// <summary>A log-normal level whose drift is off by one persistent draw per path (spread <paramref name="persistent"/>), every year.</summary>
    public static PathModel PersistentLevel(double start, double drift, double spread, double persistent, int steps, double target, string name = "persistent") =>
        LogNormalLevel(start, drift, spread, steps, target, name: name) with { Persistent = persistent };

    /// <summary>Yearly flows exp(N(<paramref name="logMean"/>, <paramref name="spread"/>²)) added to <paramref name="achieved"/>.</summary>
    public static PathModel LogNormalFlows(double achieved, double logMean, double spread, int steps, double target, string name = "flows") =>
        new(CounterRandom.StreamOf(name), PathShape.FlowTotal, FirstYear, achieved, Enumerable.Repeat(logMean, steps).ToArray(), spread, [], target, true, ValueTransform.Identity, 0, target);

    /// <summary>A share bounded by <paramref name="bound"/>: logit(value ÷ bound) is a random walk.</summary>
    public static PathModel BoundedShare(double start, double bound, double drift, double spread, int steps, double target) =>
        new(CounterRandom.StreamOf("share"), PathShape.Level, FirstYear, Logit(start / bound), Enumerable.Repeat(drift, steps).ToArray(), spread, [], Logit(target / bound), true, ValueTransform.Logistic, bound, target);

    /// <summary>
    /// Each year's value on its own, ln value ~ N(<paramref name="logMedian"/>, spread² + persistent²) with the persistent
    /// part shared by every year of a path; the path is judged on its worst year.
    /// </summary>
    public static PathModel EachYear(double logMedian, double spread, double persistent, int steps, double target, string name = "each-year") =>
        new(CounterRandom.StreamOf(name), PathShape.FlowEachYear, FirstYear, 0, Enumerable.Repeat(logMedian, steps).ToArray(), spread, [], Math.Log(target), true, ValueTransform.Exp, 0, target) { Persistent = persistent };

    public static double Logit(double p) => Math.Log(p / (1 - p));

    public static SimulatedPair Run(PathModel model, int paths, ulong seed = 7, bool quantiles = false, LaneWidth width = LaneWidth.Auto, params CommonFactor[] factors) =>
        MonteCarlo.Run([model], factors, new SimulationOptions { Seed = seed, Paths = paths, Quantiles = quantiles, Width = width })[0];
}
