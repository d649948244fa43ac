using Forecast.Catalog;

namespace Forecast.Model.Forecasting;

/// <summary>
/// How often one-year commitments of a class are fulfilled: the class's prior base rate, updated by every commitment
/// whose year has a recorded figure (a beta–binomial: the prior counts as <see cref="FulfilmentClass.Strength"/>
/// commitments). A pair's own outcome is left out of the rate it is forecast with.
/// </summary>
internal sealed class BaseRates
{
    private readonly PlanningContext _context;
    private readonly Lazy<Dictionary<PairId, (string Class, bool Met)>> _outcomes;

    public BaseRates(PlanningContext context)
    {
        _context = context;
        _outcomes = new Lazy<Dictionary<PairId, (string, bool)>>(Outcomes);
    }

    public BaseRate RateOf(FulfilmentClass @class, PairId exceptPair)
    {
        var recorded = _outcomes.Value.Where(o => o.Key != exceptPair && o.Value.Class == @class.Name).ToList();
        var met = recorded.Count(o => o.Value.Met);
        var rate = ((@class.BaseRate * @class.Strength) + met) / (@class.Strength + recorded.Count);
        return recorded.Count == 0
            ? new BaseRate(rate, $"the prior of {PlanningContext.Pct(@class.BaseRate)}; no commitment's outcome is recorded yet", $"先验{PlanningContext.Pct(@class.BaseRate)}，尚无任何承诺的实际结果记录")
            : new BaseRate(rate, $"the prior of {PlanningContext.Pct(@class.BaseRate)} updated by {recorded.Count} recorded outcomes, {met} met", $"先验{PlanningContext.Pct(@class.BaseRate)}，经{recorded.Count}项实际结果（{met}项达标）更新");
    }

    private Dictionary<PairId, (string, bool)> Outcomes()
    {
        var outcomes = new Dictionary<PairId, (string, bool)>();
        foreach (var pair in _context.Catalog.Pairs)
        {
            if (PlanningContext.GoalOf(_context.Catalog, pair) is not { Role: FigureRole.Commitment } goal || _context.Settling(pair, goal) is not { } recorded)
                continue;
            var indicator = _context.Catalog.Indicator(pair.Indicator);
            outcomes[pair] = (_context.Priors.ClassOf(indicator).Name, _context.Meets(indicator, goal, recorded.Value));
        }

        return outcomes;
    }
}

/// <summary>A class's base rate for one commitment, and what it rests on, in English and Chinese.</summary>
internal sealed record BaseRate(double Rate, string En, string Zh);
