namespace Forecast.Model.Forecasting;

/// <summary>A class's fulfilment as the priors state it and as the recorded plan-vs-outcome years of its pairs estimate it.</summary>
public sealed record ClassFulfilment(FulfilmentClass Prior, FulfilmentClass Estimate, IReadOnlyList<PlanOutcome> Years);
