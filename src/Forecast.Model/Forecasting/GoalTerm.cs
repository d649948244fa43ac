namespace Forecast.Model.Forecasting;

/// <summary>Which base rate speaks to a goal: the year's practical-matters list, or the plan period's total.</summary>
public enum GoalTerm
{
    /// <summary>A one-year practical-matters commitment (为群众办实事), chosen to be deliverable within its year.</summary>
    OneYear,

    /// <summary>A plan-period total (2023–2025) with nothing of its progress planned or recorded.</summary>
    PlanPeriod,
}
