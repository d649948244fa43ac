using System.Collections.Concurrent;
using System.Globalization;
using Forecast.Catalog;

namespace Forecast.Model.Forecasting;

/// <summary>
/// What recorded outcomes say of fulfilment (realised = plan × R): every year whose amount was planned by a one-year
/// commitment and recorded as final since gives one ln R. Per class, these update the prior's centre (R's median) and
/// scale (the size of R's spread) as a normal–inverse-gamma: the prior counts as
/// <see cref="FulfilmentClass.Strength"/> such years for both. A pair's own years are left out of the class it is
/// forecast with, as for the base rates. Only amounts are compared: a level's planned and recorded figures differ
/// by the pace of every year before, not by one year's delivery.
/// </summary>
internal sealed class FulfilmentEvidence
{
    private readonly PlanningContext _context;
    private readonly Lazy<IReadOnlyList<PlanOutcome>> _years;
    private readonly Lazy<ILookup<string, PlanOutcome>> _byClass;
    private readonly Lazy<ILookup<PairId, PlanOutcome>> _byPair;

    /// <summary>
    /// Each class's estimate for the pairs that have no recorded year of their own, which is nearly every pair: every
    /// pair's forecast asks for its class's, and working it out from the class's years each time cost the catalog's
    /// pairs times the recorded years.
    /// </summary>
    private readonly ConcurrentDictionary<FulfilmentClass, FulfilmentClass> _classWide = new(ReferenceEqualityComparer.Instance);

    public FulfilmentEvidence(PlanningContext context)
    {
        _context = context;
        _years = new Lazy<IReadOnlyList<PlanOutcome>>(Collect);
        _byClass = new Lazy<ILookup<string, PlanOutcome>>(() => Years.ToLookup(y => y.Class, StringComparer.Ordinal));
        _byPair = new Lazy<ILookup<PairId, PlanOutcome>>(() => Years.ToLookup(y => y.Pair));
    }

    /// <summary>Every planned year with a final recorded amount, in catalog order.</summary>
    public IReadOnlyList<PlanOutcome> Years => _years.Value;

    /// <summary>The class as the recorded years of every pair but <paramref name="exceptPair"/> estimate it.</summary>
    public FulfilmentClass Estimate(FulfilmentClass prior, PairId? exceptPair = null) =>
        exceptPair is { } pair && _byPair.Value.Contains(pair)
            ? EstimateWithout(prior, pair)
            : _classWide.GetOrAdd(prior, p => EstimateWithout(p, exceptPair: null));

    private FulfilmentClass EstimateWithout(FulfilmentClass prior, PairId? exceptPair)
    {
        var years = _byClass.Value[prior.Name].Where(y => y.Pair != exceptPair).Select(y => y.LogRatio).ToArray();
        return years.Length == 0 ? prior : Update(prior, PriorSpread(prior), years);
    }

    /// <summary>What the class's fulfilment rests on, where recorded outcomes moved it: "" where the priors stand alone.</summary>
    public string NoteOn(FulfilmentClass prior, PairId pair)
    {
        var years = _byClass.Value[prior.Name].Count() - _byPair.Value[pair].Count(y => y.Class == prior.Name);
        if (years == 0)
            return "";
        var estimate = Estimate(prior, pair);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"; the {prior.Name} class's fulfilment re-estimated from {years} recorded plan-vs-outcome years: median {estimate.Centre:0.00} × plan (prior {prior.Centre:0.00}), spreads × {estimate.Scale / prior.Scale:0.00}");
    }

    /// <summary>
    /// The prior spread of one year's ln R for an amount of the class: its persistent and yearly parts together (the
    /// common factors, at most a few per cent, are left to the factors).
    /// </summary>
    public double PriorSpread(FulfilmentClass @class) =>
        @class.Scale * Math.Sqrt(Math.Pow(_context.Priors.Spread[TrajectoryMethod.Pace], 2) + Math.Pow(_context.Priors.Persistent[TrajectoryMethod.Pace], 2));

    /// <summary>
    /// The normal–inverse-gamma update with κ₀ = ν₀ = strength: the centre's log moves toward the years' mean by
    /// n ÷ (κ₀ + n); the spread's square is the pooled (ν₀σ₀² + Σ(x − x̄)² + κ₀n ÷ (κ₀ + n)·(x̄ − μ₀)²) ÷ (ν₀ + n), so a
    /// mean far from the prior's widens the spread too. The scale carries the spread's change into every method.
    /// </summary>
    internal static FulfilmentClass Update(FulfilmentClass prior, double priorSpread, IReadOnlyList<double> logRatios)
    {
        var n = logRatios.Count;
        var strength = prior.Strength;
        var mean = logRatios.Average();
        var mu0 = Math.Log(prior.Centre);
        var centre = ((strength * mu0) + (n * mean)) / (strength + n);
        var squares = logRatios.Sum(x => (x - mean) * (x - mean));
        var variance = ((strength * priorSpread * priorSpread) + squares + (strength * n / (strength + n) * (mean - mu0) * (mean - mu0))) / (strength + n);
        return prior with { Centre = Math.Exp(centre), Scale = prior.Scale * Math.Sqrt(variance) / priorSpread };
    }

    private List<PlanOutcome> Collect()
    {
        var years = new List<PlanOutcome>();
        var catalog = _context.Catalog;
        foreach (var pair in catalog.Pairs)
        {
            var indicator = catalog.Indicator(pair.Indicator);
            if (!indicator.IsFlow)
                continue;
            var recorded = _context.Observed(pair)
                .Where(p => p.Basis == PointBasis.Observed && p.Period is not { Kind: ObservationPeriodKind.Stock } && p.Year <= _context.Settings.AsOfYear && p.Value > 0)
                .GroupBy(p => p.Year)
                .ToDictionary(g => g.Key, g => g.Last());
            foreach (var planned in catalog.FiguresOf(pair).Where(f => f.Role == FigureRole.Commitment && (f.FromYear ?? f.Year) == f.Year && f.Value > 0))
            {
                // A total since the year itself, recorded for that year, is the year's amount under another name.
                var outcome = recorded.GetValueOrDefault(planned.Year) ?? _context.RecordedTotals(pair, planned.Year).LastOrDefault(p => p.Year == planned.Year && p.Value > 0);
                if (outcome is not null)
                    years.Add(new PlanOutcome(pair, planned.Year, planned.Value, outcome.Value, _context.Priors.ClassOf(indicator).Name, outcome.SourceUrl ?? outcome.Source));
            }
        }

        return years;
    }
}

/// <summary>One planned year's amount beside the amount recorded for it; ln R is how far delivery fell from the plan.</summary>
public sealed record PlanOutcome(PairId Pair, int Year, double Planned, double Recorded, string Class, string Source)
{
    public double LogRatio => Math.Log(Recorded / Planned);
}
