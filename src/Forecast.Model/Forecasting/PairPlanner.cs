using Forecast.Catalog;
using Forecast.Model.Growth;

namespace Forecast.Model.Forecasting;

/// <summary>
/// Turns each pair's figures into a path model: a goal with a recorded figure of its year is settled; a one-year
/// commitment is forecast from its class's base rate; every other goal by its kind, on the strongest evidence it has
/// (observed, planned, linked, pooled, and for a plan-period total the base rate of such totals) — never an invented trend.
/// </summary>
internal sealed class PairPlanner(ForecastCatalog catalog, IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> observations, ForecastPriors priors, ForecastSettings settings)
{
    private readonly PlanningContext _context = new(catalog, observations, priors, settings);

    public Figure? Goal(PairId pair) => PlanningContext.GoalOf(_context.Catalog, pair);

    public IReadOnlyList<ClassFulfilment> Fulfilment() =>
        [.. new[] { _context.Priors.Delivered, _context.Priors.Influenced }.Select(c => new ClassFulfilment(c, _context.Fulfilments.Estimate(c), _context.Fulfilments.Years.Where(y => y.Class == c.Name).ToList()))];

    public PairPlan Plan(PairId pair, Figure goal)
    {
        var indicator = _context.Catalog.Indicator(pair.Indicator);
        var points = _context.PointsOf(pair, goal);
        var partner = LinkedPairs.GrowthOf(_context.Catalog, pair);
        var growth = GrowthAnalyzer.Analyze(indicator, _context.FiguresFor(pair, goal), _context.Observed(pair), partner is null ? null : GrowthAnalyzer.LinkedRateOf(_context.Catalog, pair, _context.Observed(partner.Value)));
        var nowcast = goal.Year <= _context.Settings.AsOfYear && points.All(p => p.Year != goal.Year || p.Basis != PointBasis.Observed);
        var plan = new PairPlan(pair, indicator, goal, growth, nowcast);

        if (_context.Settling(pair, goal) is { } settling && indicator.Kind is not (IndicatorKind.Cumulative or IndicatorKind.Count or IndicatorKind.Annual or IndicatorKind.Growth))
            return _context.Settle(plan, settling);
        if (goal.Role == FigureRole.Commitment && _context.Assumed(pair) is null)
            return BaseRatePlanning.Plan(_context, plan, GoalTerm.OneYear);
        return indicator.Kind switch
        {
            IndicatorKind.Cumulative or IndicatorKind.Count => FlowTotalPlanning.Plan(_context, plan, points),
            IndicatorKind.Annual => EachYearPlanning.Plan(_context, plan, points),
            IndicatorKind.Growth => AverageGrowthPlanning.Plan(_context, plan, points),
            _ => LevelPlanning.Plan(_context, plan, points),
        };
    }
}
