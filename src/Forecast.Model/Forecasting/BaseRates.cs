using Forecast.Catalog;

namespace Forecast.Model.Forecasting;

/// <summary>
/// How often goals of a class and term are fulfilled: the prior base rate, updated by every goal of the same class
/// and term whose outcome is recorded (a beta–binomial: the prior counts as <see cref="FulfilmentClass.Strength"/>
/// goals). A pair's own outcome is left out of the rate it is forecast with.
/// </summary>
internal sealed class BaseRates
{
    private readonly PlanningContext _context;
    private readonly Lazy<Dictionary<PairId, (string Class, GoalTerm Term, bool Met)>> _outcomes;

    public BaseRates(PlanningContext context)
    {
        _context = context;
        _outcomes = new Lazy<Dictionary<PairId, (string, GoalTerm, bool)>>(Outcomes);
    }

    public BaseRate RateOf(FulfilmentClass @class, GoalTerm term, PairId exceptPair)
    {
        var recorded = _outcomes.Value.Where(o => o.Key != exceptPair && o.Value.Class == @class.Name && o.Value.Term == term).ToList();
        var met = recorded.Count(o => o.Value.Met);
        var prior = @class.BaseRateOf(term);
        var rate = ((prior * @class.Strength) + met) / (@class.Strength + recorded.Count);
        return recorded.Count == 0
            ? new BaseRate(rate, $"the prior of {PlanningContext.Pct(prior)}; no such goal's outcome is recorded yet", $"先验{PlanningContext.Pct(prior)}，尚无同类目标的实际结果记录")
            : new BaseRate(rate, $"the prior of {PlanningContext.Pct(prior)} updated by {recorded.Count} recorded outcomes, {met} met", $"先验{PlanningContext.Pct(prior)}，经{recorded.Count}项实际结果（{met}项达标）更新");
    }

    /// <summary>The term a goal's base rate comes from: a commitment's year, or a plan-period total.</summary>
    public static GoalTerm? TermOf(Indicator indicator, Figure goal) => goal.Role switch
    {
        FigureRole.Commitment => GoalTerm.OneYear,
        FigureRole.Target when indicator.Kind is IndicatorKind.Cumulative or IndicatorKind.Count => GoalTerm.PlanPeriod,
        _ => null,
    };

    private Dictionary<PairId, (string, GoalTerm, bool)> Outcomes()
    {
        var outcomes = new Dictionary<PairId, (string, GoalTerm, bool)>();
        foreach (var pair in _context.Catalog.Pairs)
        {
            if (PlanningContext.GoalOf(_context.Catalog, pair) is not { } goal)
                continue;
            var indicator = _context.Catalog.Indicator(pair.Indicator);
            if (TermOf(indicator, goal) is not { } term || OutcomeOf(indicator, pair, goal, term) is not { } recorded)
                continue;
            outcomes[pair] = (_context.Priors.ClassOf(indicator).Name, term, _context.Meets(indicator, goal, recorded.Value));
        }

        return outcomes;
    }

    /// <summary>
    /// A commitment's final figure for its year; a plan-period total's final total since its first year, recorded for
    /// its goal year, or earlier where it already reaches the goal (a total that only grows is met once reached, as
    /// its forecast settles it).
    /// </summary>
    private DataPoint? OutcomeOf(Indicator indicator, PairId pair, Figure goal, GoalTerm term)
    {
        if (term == GoalTerm.OneYear)
            return _context.Settling(pair, goal);
        var totals = _context.RecordedTotals(pair, goal.FromYear ?? goal.Year).Where(p => p.Year <= goal.Year).ToList();
        return totals.LastOrDefault(p => p.Year == goal.Year)
            ?? totals.FirstOrDefault(p => PlanningContext.MeetsAbove(indicator, goal) && _context.Meets(indicator, goal, p.Value));
    }
}

/// <summary>A class's base rate for one goal, and what it rests on, in English and Chinese.</summary>
internal sealed record BaseRate(double Rate, string En, string Zh);
