using Orleans.Placement;
using Orleans.Runtime;

namespace Forecast.Grains.Placement;

/// <summary>
/// Places a jurisdiction so that each silo holds close to its share of the catalog's pairs, not of its jurisdictions:
/// a jurisdiction is a run's unit of computation and its cost is its pairs (the synthetic nation's provinces hold as
/// many as its districts; the shipped catalog's Dandong holds 200 and Zhenxing 40). Random placement gave three silos
/// 1,100, 1,300 and 600 of 3,000 pairs.
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("forecast.PairBalancedPlacement")]
public sealed class PairBalancedPlacement : PlacementStrategy
{
    public static PairBalancedPlacement Instance { get; } = new();
}

/// <summary>Places the grain class it marks with <see cref="PairBalancedPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PairBalancedPlacementAttribute() : PlacementAttribute(PairBalancedPlacement.Instance);
