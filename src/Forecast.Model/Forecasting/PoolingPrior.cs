namespace Forecast.Model.Forecasting;

/// <summary>How the same indicator in other jurisdictions is borrowed (scenarios/priors.yaml, pooling).</summary>
/// <param name="MinPeers">The fewest independent peers that are evidence at all.</param>
/// <param name="BetweenSpread">The least spread between jurisdictions assumed, in ln units, where the peers show less.</param>
/// <param name="PriorSpread">The spread of the prior the peers' mean is shrunk toward (an even pace), in ln units.</param>
public sealed record PoolingPrior(int MinPeers, double BetweenSpread, double PriorSpread)
{
    public static PoolingPrior Default { get; } = new(2, 0.25, 0.3);
}
