using Forecast.Catalog;
using Forecast.Model.Simulation;

namespace Forecast.Model.Forecasting;

/// <summary>
/// The documented assumptions (scenarios/priors.yaml): the spread of a pair's own yearly draw where its data have
/// fewer than three points, and the common factors. Every forecast that uses one is labelled as resting on it.
/// </summary>
/// <param name="Spread">Per method, the standard deviation of the yearly draw in the method's space.</param>
public sealed record ForecastPriors(IReadOnlyDictionary<TrajectoryMethod, double> Spread, IReadOnlyList<FactorPrior> Factors)
{
    public IReadOnlyList<CommonFactor> CommonFactors { get; } = Factors.Select(f => new CommonFactor(f.Name, f.Spread)).ToList();

    /// <summary>The factors <paramref name="indicator"/> loads on, by index into <see cref="CommonFactors"/>.</summary>
    public FactorLoading[] LoadingsOf(Indicator indicator)
    {
        var loadings = new List<FactorLoading>();
        for (var f = 0; f < Factors.Count; f++)
        {
            if (Factors[f].Loadings.TryGetValue(indicator.Id, out var beta) || Factors[f].Loadings.TryGetValue(indicator.Domain, out beta))
            {
                if (beta != 0)
                    loadings.Add(new FactorLoading(f, beta));
            }
        }

        return loadings.ToArray();
    }
}
