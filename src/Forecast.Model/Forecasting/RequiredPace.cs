namespace Forecast.Model.Forecasting;

/// <summary>
/// What it takes: the steady pace a year, from <paramref name="FromYear"/> to the goal year, at which the pair's paths
/// meet the goal with probability <paramref name="Probability"/> under the scenario's uncertainty (the fulfilment's
/// persistent part and yearly noise, the common factors, the shocks), beside the pace the forecast assumes.
/// </summary>
/// <param name="Needed">The pace needed; null where no pace reaches the probability (a recorded year already decides against it).</param>
/// <param name="Assumed">The pace the forecast's own paths assume (planned, observed, linked, pooled or base rate: the forecast's basis).</param>
/// <param name="Ratio">Needed ÷ assumed, where both point the same way and the assumed pace is not zero.</param>
public sealed record RequiredPace(PaceMeasure Measure, int FromYear, int Years, double Probability, double? Needed, double Assumed, double? Ratio)
{
    public static RequiredPace Of(PaceMeasure measure, int fromYear, int years, double probability, double? needed, double assumed)
    {
        double? ratio = needed is { } n && assumed != 0 && Math.Sign(n) == Math.Sign(assumed) && double.IsFinite(n / assumed) ? n / assumed : null;
        return new RequiredPace(measure, fromYear, years, probability, needed, assumed, ratio);
    }
}
