namespace Forecast.Model.Calibration;

/// <summary>
/// How well probabilities match outcomes: in each band of P(meet) (0–0.1, …, 0.9–1) the mean probability beside the
/// share met; the Brier score (mean squared error, 0 is perfect, 0.25 is a coin flip's) and the log score (mean
/// −ln of the probability given to what happened, with probabilities clipped to [0.001, 0.999] so that one confident
/// miss is costly but finite).
/// </summary>
public sealed record CalibrationTable(IReadOnlyList<CalibrationBand> Bands, int Count, double Brier, double LogScore)
{
    public const int BandCount = 10;

    private const double Clip = 0.001;

    public static CalibrationTable Of(IReadOnlyCollection<ScoredForecast> forecasts)
    {
        var bands = Enumerable.Range(0, BandCount).Select(b =>
        {
            var inBand = forecasts.Where(f => Math.Min((int)(f.P * BandCount), BandCount - 1) == b).ToList();
            return new CalibrationBand((double)b / BandCount, (double)(b + 1) / BandCount, inBand.Count,
                inBand.Count == 0 ? double.NaN : inBand.Average(f => f.P),
                inBand.Count == 0 ? double.NaN : inBand.Count(f => f.Met) / (double)inBand.Count);
        }).ToList();
        return new CalibrationTable(bands, forecasts.Count, BrierOf(forecasts), LogScoreOf(forecasts));
    }

    public static double BrierOf(IReadOnlyCollection<ScoredForecast> forecasts) =>
        forecasts.Count == 0 ? double.NaN : forecasts.Average(f => Math.Pow(f.P - (f.Met ? 1 : 0), 2));

    public static double LogScoreOf(IReadOnlyCollection<ScoredForecast> forecasts) =>
        forecasts.Count == 0 ? double.NaN : forecasts.Average(f => -Math.Log(Math.Clamp(f.Met ? f.P : 1 - f.P, Clip, 1 - Clip)));
}

/// <summary>One band of P(meet): how many forecasts fell in it, their mean probability, and the share of them met.</summary>
public sealed record CalibrationBand(double From, double To, int Count, double MeanP, double ShareMet)
{
    /// <summary>The binomial standard error of the share met, were the mean probability right.</summary>
    public double StandardError => Count == 0 ? double.NaN : Math.Sqrt(MeanP * (1 - MeanP) / Count);
}
