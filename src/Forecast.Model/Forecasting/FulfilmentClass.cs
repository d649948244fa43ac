namespace Forecast.Model.Forecasting;

/// <summary>
/// A class of indicator as the priors describe its fulfilment: works the government delivers itself, or outcomes it
/// only influences.
/// </summary>
/// <param name="Centre">The median of R, the ratio of realised to planned: 1 keeps paths median-true to the plan.</param>
/// <param name="Scale">Multiplies the yearly and persistent spreads of the class's pairs.</param>
/// <param name="BaseRate">The prior share of the class's one-year commitments that are fulfilled.</param>
/// <param name="PlanBaseRate">The prior share of the class's plan-period totals met where nothing of their progress is planned or recorded.</param>
/// <param name="Strength">How many recorded commitments the base rate counts as when outcomes update it.</param>
/// <param name="Domains">The domains whose indicators belong to the class (for the influenced class).</param>
public sealed record FulfilmentClass(string Name, double Centre, double Scale, double BaseRate, double PlanBaseRate, double Strength, IReadOnlySet<string> Domains)
{
    public static FulfilmentClass DefaultDelivered { get; } = new("delivered", 1.0, 1.0, 0.85, 0.75, 10, new HashSet<string>());

    public static FulfilmentClass DefaultInfluenced { get; } = new("influenced", 1.0, 1.5, 0.75, 0.65, 10, new HashSet<string>(["employment", "income", "environment", "market-regulation"], StringComparer.Ordinal));

    /// <summary>The prior base rate of the class's goals of <paramref name="term"/>.</summary>
    public double BaseRateOf(GoalTerm term) => term == GoalTerm.OneYear ? BaseRate : PlanBaseRate;
}
