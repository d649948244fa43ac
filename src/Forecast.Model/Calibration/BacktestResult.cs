namespace Forecast.Model.Calibration;

/// <summary>
/// A backtest's scores: the model's calibration table, Brier and log scores, how often outcomes fell inside the
/// P5–P95 fan, and the same scores for the simple rules on the same goals.
/// </summary>
/// <param name="Latest">The latest year of any recorded figure: outcomes are read as of it.</param>
public sealed record BacktestResult(
    int Cutoff,
    int Latest,
    ulong Seed,
    int Paths,
    IReadOnlyList<BacktestGoal> Goals,
    CalibrationTable Model,
    IReadOnlyList<RuleScore> Rules,
    int InsideFan,
    int WithFan)
{
    public static BacktestResult Of(int cutoff, int latest, ulong seed, int paths, IReadOnlyList<BacktestGoal> goals)
    {
        var model = CalibrationTable.Of(goals.Select(g => new ScoredForecast(g.PMeet, g.Met)).ToList());
        var rules = new[]
        {
            RuleScore.Of("the plan is always met", "计划总能完成", goals.Select(g => new ScoredForecast(1, g.Met)).ToList()),
            RuleScore.Of("the growth table's category", "增速表分类", goals.Select(g => new ScoredForecast(g.CategoryP, g.Met)).ToList()),
            RuleScore.Of("a coin flip (0.5)", "抛硬币（0.5）", goals.Select(g => new ScoredForecast(0.5, g.Met)).ToList()),
        };
        var withFan = goals.Where(g => g.InsideFan is not null).ToList();
        return new BacktestResult(cutoff, latest, seed, paths, goals, model, rules, withFan.Count(g => g.InsideFan == true), withFan.Count);
    }
}

/// <summary>A simple rule's Brier and log scores on the backtest's goals.</summary>
public sealed record RuleScore(string Rule, string RuleZh, double Brier, double LogScore)
{
    public static RuleScore Of(string rule, string ruleZh, IReadOnlyCollection<ScoredForecast> forecasts) =>
        new(rule, ruleZh, CalibrationTable.BrierOf(forecasts), CalibrationTable.LogScoreOf(forecasts));
}
