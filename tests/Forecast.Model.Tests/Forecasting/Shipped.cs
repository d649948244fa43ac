using Forecast.Catalog;
using Forecast.Catalog.Tests;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Model.Tests.Forecasting;

/// <summary>The shipped catalog and priors, and a forecast of them with the observations a test supplies.</summary>
internal static class Shipped
{
    private static readonly Lazy<ForecastPriors> LoadedPriors = new(() =>
        PriorsReader.Read(Path.Combine(ShippedCatalog.Directory, "..", "scenarios", "priors.yaml"), ShippedCatalog.Catalog));

    public static ForecastCatalog Catalog => ShippedCatalog.Catalog;

    public static ForecastPriors Priors => LoadedPriors.Value;

    public static ForecastRun Run(
        ForecastSettings? settings = null,
        IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>>? observations = null,
        ulong seed = 1,
        int paths = 4_000,
        params string[] pairs) =>
        Forecaster.Run(
            Catalog,
            observations ?? new Dictionary<PairId, IReadOnlyList<DataPoint>>(),
            Priors,
            settings ?? new ForecastSettings(2023),
            new SimulationOptions { Seed = seed, Paths = paths, Quantiles = true },
            pairs.Length == 0 ? null : pairs.Select(PairId.Parse));

    public static Dictionary<PairId, IReadOnlyList<DataPoint>> Observations(string pair, params (int Year, double Value)[] points) =>
        new() { [PairId.Parse(pair)] = points.Select(p => new DataPoint(p.Year, p.Value, PointBasis.Observed, "test observation")).ToList() };
}
