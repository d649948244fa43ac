using System.Globalization;
using Forecast.Catalog;

namespace Forecast.Model.Growth;

/// <summary>
/// Compares the growth a target requires with the growth achieved. Levels compound (%/yr), shares in % move in
/// percentage points a year, flows compare the pace achieved with the pace still required, and a figure that is
/// itself a rate is compared directly. Nothing is invented: with fewer than two points there is no historical rate,
/// and the row says so.
/// </summary>
public static class GrowthAnalyzer
{
    private const double HoldTolerance = 1e-9;

    /// <summary>Analyses one pair from its catalog figures and any observations recorded for it.</summary>
    /// <param name="linked">For a level with a linked each-year growth pair, the yearly raise that pair plans or records.</param>
    public static GrowthRow Analyze(Indicator indicator, IReadOnlyList<Figure> figures, IReadOnlyList<DataPoint> observations, LinkedRate? linked = null)
    {
        var pair = figures.Count > 0 ? figures[0].Pair : new PairId("?", indicator.Id);
        var target = figures.Where(f => f.Role == FigureRole.Target).OrderByDescending(f => f.Year).FirstOrDefault();
        var points = Points(figures, observations);
        var measure = MeasureOf(indicator);

        if (target is null)
            return NotAssessable(pair, indicator, null, points.LastOrDefault(), measure, "no target: the seeds set no plan-year figure for this pair");

        return indicator.Kind switch
        {
            IndicatorKind.Cumulative or IndicatorKind.Count => AnalyzeFlowTotal(pair, indicator, target, points),
            IndicatorKind.Annual => AnalyzeAnnual(pair, indicator, target, points),
            _ => AnalyzeLevel(pair, indicator, target, points, measure, linked),
        };
    }

    /// <summary>
    /// The yearly raise a level's linked growth pair plans (its commitments) or records (final figures win for their
    /// year), averaged over its years: the rate the level is walked on.
    /// </summary>
    public static LinkedRate? LinkedRateOf(ForecastCatalog catalog, PairId level, IReadOnlyList<DataPoint> partnerObservations)
    {
        if (LinkedPairs.GrowthOf(catalog, level) is not { } partner)
            return null;
        var points = Points(catalog.FiguresOf(partner).Where(f => f.Role == FigureRole.Commitment).ToList(), partnerObservations.Where(p => !p.Superseded).ToList());
        return points.Count == 0 ? null : new LinkedRate(partner, points);
    }

    /// <summary>
    /// Catalog baselines and commitments (read as planned) and observations, one point a year; an observation
    /// replaces a plan for the same year, and a plan replaces an implied baseline.
    /// </summary>
    internal static List<DataPoint> Points(IReadOnlyList<Figure> figures, IReadOnlyList<DataPoint> observations)
    {
        var byYear = new SortedDictionary<int, DataPoint>();
        void Put(DataPoint p)
        {
            if (!byYear.TryGetValue(p.Year, out var existing) || Rank(p.Basis) >= Rank(existing.Basis))
                byYear[p.Year] = p;
        }

        foreach (var f in figures.Where(f => f.Role == FigureRole.Baseline))
            Put(new DataPoint(f.Year, f.Value, PointBasis.Baseline, $"{f.Source.Clause} {f.Source.Evidence}"));
        foreach (var f in figures.Where(f => f.Role == FigureRole.Commitment))
            Put(new DataPoint(f.Year, f.Value, PointBasis.Planned, $"{f.Source.Clause} {f.Source.Evidence}"));
        foreach (var o in observations)
            Put(o);
        return byYear.Values.ToList();

        static int Rank(PointBasis basis) => basis switch
        {
            PointBasis.Baseline => 0,
            PointBasis.Planned => 1,
            _ => 2,
        };
    }

    private static bool IsFlow(Indicator indicator) => indicator.Kind is IndicatorKind.Cumulative or IndicatorKind.Count or IndicatorKind.Annual;

    /// <summary>The indicator's usual measure; a level whose figures include a zero or less is measured in units a year instead (<see cref="MeasureOfPair"/>).</summary>
    internal static RateMeasure MeasureOf(Indicator indicator) => indicator switch
    {
        { Kind: IndicatorKind.Growth } => RateMeasure.Rate,
        // A share or a raise in % set for each year (毕业去向落实率90%, 年度增长不低于3.5%) is a value, not a pace:
        // "90 %/yr" would read as a rate of a rate. It is compared on the value itself.
        { Kind: IndicatorKind.Annual, Unit: "%" } => RateMeasure.Rate,
        { Kind: IndicatorKind.Cumulative or IndicatorKind.Count or IndicatorKind.Annual } => RateMeasure.PacePerYear,
        { Unit: "%" } => RateMeasure.PointsPerYear,
        _ => RateMeasure.PercentPerYear,
    };

    private static GrowthRow AnalyzeLevel(PairId pair, Indicator indicator, Figure target, List<DataPoint> points, RateMeasure measure, LinkedRate? linked)
    {
        var upToTarget = points.Where(p => p.Year <= target.Year).ToList();
        if (upToTarget.Count == 0)
            return NotAssessable(pair, indicator, target, null, measure, "no latest point: no baseline, commitment or observation");

        var latest = upToTarget[^1];
        if (Meets(indicator, target, latest.Value))
            return Row(pair, indicator, target, latest, null, null, null, null, measure, ProgressCategory.Met, $"already meets the target ({Describe(latest)})");
        if (AtTarget(latest.Value, target.Value))
            return Row(pair, indicator, target, latest, null, null, null, null, measure, ProgressCategory.Met, $"at the target within rounding ({Describe(latest)} against {target.Comparator.ToSymbol()}{F(target.Value)})");

        var yearsLeft = target.Year - latest.Year;
        if (yearsLeft <= 0)
            return Row(pair, indicator, target, latest, null, null, null, null, measure, ProgressCategory.NotMet, $"the target year is reached at {F(latest.Value)} against {target.Comparator.ToSymbol()}{F(target.Value)}");

        var earlier = upToTarget.Count > 1 ? upToTarget[0] : null;
        measure = MeasureOfPair(measure, target, latest, earlier);
        var required = Rate(measure, latest.Value, target.Value, yearsLeft);
        if (earlier is null && linked?.RatesFor(latest.Year + 1, target.Year) is { } rates && measure == RateMeasure.PercentPerYear && required != 0)
        {
            // One point of its own, walked on its linked pair's yearly raises: the same path the forecast takes.
            var reached = rates.Aggregate(latest.Value, (value, rate) => value * (1 + (rate / 100)));
            var rate = (Math.Pow(reached / latest.Value, 1.0 / yearsLeft) - 1) * 100;
            var ratio = rate / required;
            var verdict = Meets(indicator, target, reached) ? $"meeting {target.Comparator.ToSymbol()}{F(target.Value)}" : $"short of {target.Comparator.ToSymbol()}{F(target.Value)} by {F(Math.Abs(target.Value - reached))}";
            return Row(pair, indicator, target, latest, null, rate, required, ratio, measure, ProgressThresholds.FromRatio(ratio),
                $"needs {F(required)} %/yr; its linked yearly raise ({linked.Partner}) gives {F(rate)} %/yr (ratio {ratio.ToString("0.00", CultureInfo.InvariantCulture)}): {Describe(latest)} reaches {F(reached)} in {target.Year}, {verdict}");
        }

        if (earlier is null)
            return Row(pair, indicator, target, latest, null, null, required, null, measure, ProgressCategory.NotAssessable, $"needs {F(required)} {GrowthRow.UnitOf(measure, indicator)}; one point only ({Describe(latest)}), so no achieved rate to compare");

        var historical = Rate(measure, earlier.Value, latest.Value, latest.Year - earlier.Year);
        return Compare(pair, indicator, target, latest, earlier, historical, required, measure);
    }

    /// <summary>
    /// One measure for both rates of a pair. A compound rate needs every value it is taken between to be positive;
    /// where one is zero or negative (a target of 0, a count starting from 0) both rates are taken in units a year
    /// instead. Measuring just that side in units while the other stayed in % made the ratio depend on the unit: the
    /// same data in 万吨 and in 吨 fell into different categories.
    /// </summary>
    internal static RateMeasure MeasureOfPair(RateMeasure measure, Figure target, DataPoint latest, DataPoint? earlier) =>
        measure == RateMeasure.PercentPerYear && (target.Value <= 0 || latest.Value <= 0 || earlier is { Value: <= 0 })
            ? RateMeasure.PacePerYear
            : measure;

    private static GrowthRow AnalyzeFlowTotal(PairId pair, Indicator indicator, Figure target, List<DataPoint> points)
    {
        var from = target.FromYear ?? target.Year;
        var inPeriod = points.Where(p => p.Year >= from && p.Year <= target.Year && p.Basis != PointBasis.Baseline).ToList();
        if (inPeriod.Count == 0)
            return NotAssessable(pair, indicator, target, null, RateMeasure.PacePerYear, $"no flow recorded or planned in {Span(from, target.Year)}");

        var latest = inPeriod[^1];
        var achieved = inPeriod.Sum(p => p.Value);
        var yearsElapsed = latest.Year - from + 1;
        var pace = achieved / yearsElapsed;
        var gap = inPeriod.Count < yearsElapsed ? $"; {yearsElapsed - inPeriod.Count} year(s) of {Span(from, latest.Year)} have no figure, counted as zero" : string.Empty;
        var sumPoint = new DataPoint(latest.Year, achieved, latest.Basis, $"{Span(from, latest.Year)} total: " + string.Join("; ", inPeriod.Select(Describe)));

        if (indicator.Direction != Direction.Down && (achieved >= target.Value || AtTarget(achieved, target.Value)))
            return Row(pair, indicator, target, sumPoint, null, pace, null, null, RateMeasure.PacePerYear, ProgressCategory.Met, $"met early: {F(achieved)} by {latest.Year} against {F(target.Value)} by {target.Year}{gap}");

        var yearsLeft = target.Year - latest.Year;
        if (yearsLeft <= 0)
            return Row(pair, indicator, target, sumPoint, null, pace, null, null, RateMeasure.PacePerYear, ProgressCategory.NotMet, $"{F(achieved)} by {target.Year} against {target.Comparator.ToSymbol()}{F(target.Value)}{gap}");

        var required = (target.Value - achieved) / yearsLeft;
        var earliest = new DataPoint(from, 0, latest.Basis, $"start of the {Span(from, target.Year)} period");
        var row = Compare(pair, indicator, target, sumPoint, earliest, pace, required, RateMeasure.PacePerYear);
        return row with { Explanation = row.Explanation + gap };
    }

    private static GrowthRow AnalyzeAnnual(PairId pair, Indicator indicator, Figure target, List<DataPoint> points)
    {
        var measure = MeasureOf(indicator);
        var latest = points.Where(p => p.Year <= target.Year && p.Basis != PointBasis.Baseline).LastOrDefault();
        if (latest is null)
            return NotAssessable(pair, indicator, target, null, measure, "no yearly figure recorded or planned");
        if (Meets(indicator, target, latest.Value) || AtTarget(latest.Value, target.Value))
            return Row(pair, indicator, target, latest, null, latest.Value, target.Value, latest.Value / target.Value, measure, ProgressCategory.Met, $"{Describe(latest)} meets the yearly {target.Comparator.ToSymbol()}{F(target.Value)}");
        return Compare(pair, indicator, target, latest, null, latest.Value, target.Value, measure);
    }

    private static GrowthRow Compare(PairId pair, Indicator indicator, Figure target, DataPoint latest, DataPoint? earlier, double historical, double required, RateMeasure measure)
    {
        var unit = GrowthRow.UnitOf(measure, indicator);
        // Exactly zero only: a latest point at the target is met before this. An absolute cut-off on the rate (it had
        // been 1e-9) depended on the unit, and turned a point a rounding error short of its target into "no rate".
        if (required == 0)
            return Row(pair, indicator, target, latest, earlier, historical, required, null, measure, ProgressCategory.NotAssessable, "the required rate is zero, so no ratio can be formed");

        var ratio = historical / required;
        var category = ProgressThresholds.FromRatio(ratio);
        var since = earlier switch
        {
            null => string.Empty,
            _ when IsFlow(indicator) => $"{Span(earlier.Year, latest.Year)} ",
            _ => $"{earlier.Year}→{latest.Year} ",
        };
        var basis = latest.Basis switch
        {
            PointBasis.Planned => "planned ",
            PointBasis.Observed => "observed ",
            _ => string.Empty,
        };
        return Row(pair, indicator, target, latest, earlier, historical, required, ratio, measure, category,
            $"needs {F(required)} {unit}; {since}{basis}{F(historical)} {unit} (ratio {ratio.ToString("0.00", CultureInfo.InvariantCulture)})");
    }

    /// <summary>The rate from <paramref name="from"/> to <paramref name="to"/> over <paramref name="years"/> years, in the measure's unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A compound rate between values that are not both positive (see <see cref="MeasureOfPair"/>).</exception>
    internal static double Rate(RateMeasure measure, double from, double to, int years) => measure switch
    {
        RateMeasure.PercentPerYear when from > 0 && to > 0 => (Math.Pow(to / from, 1.0 / years) - 1) * 100,
        RateMeasure.PercentPerYear => throw new ArgumentOutOfRangeException(nameof(from), $"a compound rate from {from} to {to} is undefined; measure the pair in units a year"),
        RateMeasure.Rate => to,
        _ => (to - from) / years,
    };

    /// <summary>
    /// A value that differs from the target by no more than <see cref="AtTargetTolerance"/> of the target is at it: a
    /// sum of plan figures (1.7 + 1.7 + 1.7 万) or a converted unit can land a rounding error short, and is met, not a
    /// rate of zero to be divided by.
    /// </summary>
    internal static bool AtTarget(double value, double target) => Math.Abs(value - target) <= AtTargetTolerance * Math.Abs(target);

    /// <summary>The relative tolerance of <see cref="AtTarget"/>: far below any stated figure's precision, far above double rounding.</summary>
    public const double AtTargetTolerance = 1e-9;

    internal static bool Meets(Indicator indicator, Figure target, double value)
    {
        var direction = target.Comparator switch
        {
            Comparator.AtLeast => Direction.Up,
            Comparator.AtMost => Direction.Down,
            Comparator.Equal => Direction.Hold,
            _ => indicator.Direction,
        };
        return direction switch
        {
            Direction.Up => value >= target.Value,
            Direction.Down => value <= target.Value,
            _ => Math.Abs(value - target.Value) <= HoldTolerance * Math.Max(1, Math.Abs(target.Value)),
        };
    }

    private static string Describe(DataPoint p) => $"{p.Year} {F(p.Value)} {p.Basis.ToString().ToLowerInvariant()}";

    private static string Span(int from, int to) => Forecasting.PlanningContext.Span(from, to);

    private static string F(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static GrowthRow NotAssessable(PairId pair, Indicator indicator, Figure? target, DataPoint? latest, RateMeasure measure, string why) =>
        Row(pair, indicator, target, latest, null, null, null, null, measure, ProgressCategory.NotAssessable, why);

    private static GrowthRow Row(PairId pair, Indicator indicator, Figure? target, DataPoint? latest, DataPoint? earlier, double? historical, double? required, double? ratio, RateMeasure measure, ProgressCategory category, string explanation) =>
        new(pair, indicator, target, latest, earlier, historical, required, ratio, measure, category, explanation);
}
