namespace Forecast.Model.Simulation;

/// <summary>
/// A shock every loading pair shares on the same path and year (the economy, the fiscal position), drawn from its own
/// stream keyed by the factor's name, never by a pair's.
/// </summary>
/// <param name="Spread">The standard deviation of the factor's yearly draw, in log units.</param>
public sealed record CommonFactor(string Name, double Spread)
{
    public ulong Stream => Random.CounterRandom.StreamOf("factor:" + Name);
}
