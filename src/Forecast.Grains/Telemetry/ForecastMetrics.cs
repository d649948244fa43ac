using System.Diagnostics.Metrics;

namespace Forecast.Grains.Telemetry;

/// <summary>
/// The Forecast meter: what a run costs and produces, beside Orleans' own meters. Exported by whatever the host wires
/// (OpenTelemetry's console exporter with <c>--telemetry console</c>).
/// </summary>
public sealed class ForecastMetrics
{
    public const string MeterName = "Forecast";

    private readonly Counter<long> _pairsSimulated;
    private readonly Counter<long> _pairsFailed;
    private readonly Histogram<double> _pairBatchSeconds;
    private readonly Histogram<double> _runSeconds;
    private readonly Histogram<long> _rollupBytes;

    public ForecastMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _pairsSimulated = meter.CreateCounter<long>("forecast.pairs.simulated", "{pair}", "Pairs forecast by scenario runs");
        _pairsFailed = meter.CreateCounter<long>("forecast.pairs.failed", "{pair}", "Pairs whose computation threw; reported in the run's failures");
        _pairBatchSeconds = meter.CreateHistogram<double>("forecast.jurisdiction.compute.duration", "s", "Time a jurisdiction spends forecasting its own pairs");
        _runSeconds = meter.CreateHistogram<double>("forecast.run.duration", "s", "Scenario run duration, start to stored result");
        _rollupBytes = meter.CreateHistogram<long>("forecast.rollup.size", "By", "Packed per-path met counts a jurisdiction sends its parent");
    }

    public void PairsSimulated(int forecast, int failed, TimeSpan elapsed)
    {
        _pairsSimulated.Add(forecast);
        if (failed > 0)
            _pairsFailed.Add(failed);
        _pairBatchSeconds.Record(elapsed.TotalSeconds);
    }

    public void RunCompleted(TimeSpan elapsed, int pairs) => _runSeconds.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("pairs", pairs));

    public void RollupBuilt(long bytes) => _rollupBytes.Record(bytes);
}
