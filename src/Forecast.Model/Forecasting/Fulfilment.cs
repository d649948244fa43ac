namespace Forecast.Model.Forecasting;

/// <summary>
/// How a plan figure becomes a realised one on a path: realised = plan × R, R's persistent part drawn once per path
/// and pair, its yearly part afresh each year, both in the method's space; the class's centre is R's median.
/// </summary>
internal readonly record struct Fulfilment(FulfilmentClass Class, double Yearly, double Persistent)
{
    /// <summary>ln of R's median: zero for a class whose plans are median-true.</summary>
    public double LogCentre => Math.Log(Class.Centre);

    /// <summary>The persistent part with another independent spread added (pooled evidence's between-jurisdiction spread).</summary>
    public double PersistentWith(double extra) => Math.Sqrt((Persistent * Persistent) + (extra * extra));
}
