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
    /// <summary>The name of the factor that one-year commitments share: a bad year for delivery is bad for many at once.</summary>
    public const string DeliveryFactor = "delivery";

    /// <summary>Per method, the standard deviation of the persistent part of fulfilment (one draw per path and pair).</summary>
    public IReadOnlyDictionary<TrajectoryMethod, double> Persistent { get; init; } = new Dictionary<TrajectoryMethod, double>
    {
        [TrajectoryMethod.LogLinear] = 0.01,
        [TrajectoryMethod.LogitLinear] = 0.12,
        [TrajectoryMethod.Linear] = 0.02,
        [TrajectoryMethod.Pace] = 0.15,
        [TrajectoryMethod.AverageGrowth] = 0.008,
    };

    public FulfilmentClass Delivered { get; init; } = FulfilmentClass.DefaultDelivered;

    public FulfilmentClass Influenced { get; init; } = FulfilmentClass.DefaultInfluenced;

    /// <summary>The latent correlation between one-year commitments' fulfilment, through <see cref="DeliveryFactor"/>.</summary>
    public double CommitmentCorrelation { get; init; } = 0.3;

    /// <summary>How far short of (or past) the figure a ≈ target still counts as met, as a share of the figure.</summary>
    public double AboutTolerance { get; init; } = 0.05;

    public PoolingPrior Pooling { get; init; } = PoolingPrior.Default;

    /// <summary>The common factors, with the delivery factor of commitments last (a standard normal a year).</summary>
    public IReadOnlyList<CommonFactor> CommonFactors => [.. Factors.Select(f => new CommonFactor(f.Name, f.Spread)), new CommonFactor(DeliveryFactor, 1)];

    /// <summary>The index of <see cref="DeliveryFactor"/> among <see cref="CommonFactors"/>.</summary>
    public int DeliveryFactorIndex => Factors.Count;

    /// <summary>Outcomes the government only influences: the influenced class's domains, and every bounded share.</summary>
    public FulfilmentClass ClassOf(Indicator indicator) =>
        Influenced.Domains.Contains(indicator.Domain) || (indicator.Kind == IndicatorKind.Level && indicator.Bound is not null) ? Influenced : Delivered;

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
