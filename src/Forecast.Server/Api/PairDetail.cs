using Forecast.Contracts;

namespace Forecast.Server.Api;

/// <summary>A pair as a planner opens it: the indicator, every seed figure with its clause and evidence, and what users recorded.</summary>
public sealed record PairDetail(PairDefinition Definition, IReadOnlyList<ObservationView> Observations);
