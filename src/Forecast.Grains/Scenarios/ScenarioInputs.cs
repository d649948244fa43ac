using System.Globalization;
using Forecast.Catalog;
using Forecast.Contracts;
using Forecast.Grains.Observations;
using Forecast.Grains.Views;
using Forecast.Model;
using Forecast.Model.Forecasting;
using Forecast.Model.Simulation;

namespace Forecast.Grains.Scenarios;

/// <summary>
/// A scenario checked against the catalog and the bounds, and turned into the model's inputs. Every rejection names
/// the field at fault as a path ("overrides[2].pair"), so a planner finds it in the file.
/// </summary>
public sealed record ScenarioInputs(
    ForecastSettings Settings,
    ForecastPriors Priors,
    SimulationOptions Simulation,
    IReadOnlyDictionary<PairId, IReadOnlyList<DataPoint>> ExtraObservations,
    IReadOnlyList<string> ScopeRoots)
{
    /// <exception cref="ScenarioRejectedException">The scenario names what the catalog lacks or breaks a bound.</exception>
    public static ScenarioInputs From(Scenario? scenario, ForecastCatalog catalog, ForecastPriors priors)
    {
        if (scenario is null)
            throw Rejected("scenario", "a scenario is required");

        CheckName("id", scenario.Id);
        if (scenario.Title is { Length: > ScenarioLimits.MaxTitleLength })
            throw Rejected("title", $"is {scenario.Title.Length} characters long; at most {ScenarioLimits.MaxTitleLength}");
        if (scenario.Paths is < ScenarioLimits.MinPaths or > ScenarioLimits.MaxPaths)
            throw Rejected("paths", $"{scenario.Paths} is outside {ScenarioLimits.MinPaths}–{ScenarioLimits.MaxPaths:N0}");
        CheckYear("asOfYear", scenario.AsOfYear);
        if (scenario.Horizon is { } horizon)
            CheckYear("horizon", horizon);

        var thresholds = scenario.Thresholds ?? throw Rejected("thresholds", "required (likelyMissedBelow, atRiskBelow)");
        CheckProbability("thresholds.likelyMissedBelow", thresholds.LikelyMissedBelow);
        CheckProbability("thresholds.atRiskBelow", thresholds.AtRiskBelow);
        if (thresholds.LikelyMissedBelow > thresholds.AtRiskBelow)
            throw Rejected("thresholds.likelyMissedBelow", $"{F(thresholds.LikelyMissedBelow)} is above atRiskBelow ({F(thresholds.AtRiskBelow)})");

        var scope = List("scope", scenario.Scope);
        for (var i = 0; i < scope.Count; i++)
        {
            if (!catalog.TryGetJurisdiction(scope[i] ?? string.Empty, out _))
                throw Rejected($"scope[{i}]", $"unknown jurisdiction '{scope[i]}'");
        }

        var mergedPriors = MergeFactors(List("factors", scenario.Factors), catalog, priors);
        var shocks = Shocks(List("shocks", scenario.Shocks), catalog, mergedPriors);
        var (trends, spreads, observations) = Overrides(List("overrides", scenario.Overrides), catalog);

        var settings = new ForecastSettings(scenario.AsOfYear)
        {
            Thresholds = new FlagThresholds(thresholds.LikelyMissedBelow, thresholds.AtRiskBelow),
            Shocks = shocks,
            PairTrends = trends,
            PairSpreads = spreads,
            Horizon = scenario.Horizon,
        };
        var simulation = new SimulationOptions { Seed = scenario.Seed, Paths = scenario.Paths, Quantiles = true };
        return new ScenarioInputs(settings, mergedPriors, simulation, observations, RootsOf(scope, catalog));
    }

    /// <summary>The pairs the run forecasts, in catalog order: every pair in scope whose goal is within the horizon.</summary>
    public IReadOnlyList<PairId> PairsIn(ForecastCatalog catalog, string jurisdiction) =>
        catalog.PairsOf(jurisdiction).Where(p => CatalogGoals.Of(catalog, p) is { } goal && (Settings.Horizon is null || goal.Year <= Settings.Horizon)).ToList();

    /// <summary>The jurisdictions the run starts from: the scope's, less those already below another; the root for an empty scope.</summary>
    private static List<string> RootsOf(IReadOnlyList<string> scope, ForecastCatalog catalog)
    {
        if (scope.Count == 0)
            return [catalog.Root.Id];
        var named = scope.ToHashSet(StringComparer.Ordinal);
        return catalog.Subtree(catalog.Root.Id)
            .Select(j => j.Id)
            .Where(id => named.Contains(id) && !Ancestors(catalog, id).Any(named.Contains))
            .ToList();
    }

    private static IEnumerable<string> Ancestors(ForecastCatalog catalog, string id)
    {
        for (var parent = catalog.Jurisdiction(id).ParentId; parent is not null; parent = catalog.Jurisdiction(parent).ParentId)
            yield return parent;
    }

    private static ForecastPriors MergeFactors(IReadOnlyList<ScenarioFactor> factors, ForecastCatalog catalog, ForecastPriors priors)
    {
        var domains = catalog.Indicators.Select(i => i.Domain).ToHashSet(StringComparer.Ordinal);
        var merged = priors.Factors.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < factors.Count; i++)
        {
            var at = $"factors[{i}]";
            var factor = factors[i] ?? throw Rejected(at, "missing");
            CheckName($"{at}.name", factor.Name);
            if (!seen.Add(factor.Name))
                throw Rejected($"{at}.name", $"'{factor.Name}' is named twice");
            if (factor.Spread is { } spread)
                CheckSpread($"{at}.spread", spread);

            var loadings = new Dictionary<string, double>(StringComparer.Ordinal);
            var list = List($"{at}.loadings", factor.Loadings);
            for (var j = 0; j < list.Count; j++)
            {
                var loading = list[j] ?? throw Rejected($"{at}.loadings[{j}]", "missing");
                if (loading.Target is null || (!domains.Contains(loading.Target) && !catalog.TryGetIndicator(loading.Target, out _)))
                    throw Rejected($"{at}.loadings[{j}].target", $"'{loading.Target}' is neither a domain nor an indicator of the catalog");
                if (!double.IsFinite(loading.Beta) || Math.Abs(loading.Beta) > ScenarioLimits.MaxLoading)
                    throw Rejected($"{at}.loadings[{j}].beta", $"{F(loading.Beta)} is outside −{ScenarioLimits.MaxLoading}…{ScenarioLimits.MaxLoading}");
                loadings[loading.Target] = loading.Beta;
            }

            var index = merged.FindIndex(f => f.Name == factor.Name);
            if (index >= 0)
            {
                var prior = merged[index];
                var combined = new Dictionary<string, double>(prior.Loadings, StringComparer.Ordinal);
                foreach (var (key, beta) in loadings)
                    combined[key] = beta;
                merged[index] = new FactorPrior(factor.Name, factor.Spread ?? prior.Spread, combined);
            }
            else
            {
                var own = factor.Spread ?? throw Rejected($"{at}.spread", $"'{factor.Name}' is not a factor of the priors, so it needs its own spread");
                merged.Add(new FactorPrior(factor.Name, own, loadings));
            }
        }

        return factors.Count == 0 ? priors : new ForecastPriors(priors.Spread, merged);
    }

    private static List<ScenarioShock> Shocks(IReadOnlyList<ScenarioShockSpec> shocks, ForecastCatalog catalog, ForecastPriors priors)
    {
        var result = new List<ScenarioShock>();
        for (var i = 0; i < shocks.Count; i++)
        {
            var at = $"shocks[{i}]";
            var shock = shocks[i] ?? throw Rejected(at, "missing");
            CheckName($"{at}.name", shock.Name);
            if (shock.Factor is not null && priors.Factors.All(f => f.Name != shock.Factor))
                throw Rejected($"{at}.factor", $"unknown factor '{shock.Factor}': expected one of {string.Join(", ", priors.Factors.Select(f => f.Name))}");
            if (shock.Factor is not null && (shock.Domain ?? shock.Indicator) is not null)
                throw Rejected($"{at}.factor", "a factor shock reaches pairs through their loadings; it names no domain or indicator");
            if (shock.Domain is not null && catalog.Indicators.All(ind => ind.Domain != shock.Domain))
                throw Rejected($"{at}.domain", $"unknown domain '{shock.Domain}'");
            if (shock.Indicator is not null && !catalog.TryGetIndicator(shock.Indicator, out _))
                throw Rejected($"{at}.indicator", $"unknown indicator '{shock.Indicator}'");
            if (shock.Jurisdiction is not null && !catalog.TryGetJurisdiction(shock.Jurisdiction, out _))
                throw Rejected($"{at}.jurisdiction", $"unknown jurisdiction '{shock.Jurisdiction}'");
            CheckYear($"{at}.fromYear", shock.FromYear);
            CheckYear($"{at}.toYear", shock.ToYear);
            if (shock.ToYear < shock.FromYear)
                throw Rejected($"{at}.toYear", $"{shock.ToYear} is before fromYear {shock.FromYear}");
            if (!double.IsFinite(shock.Shift) || Math.Abs(shock.Shift) > ScenarioLimits.MaxShift)
                throw Rejected($"{at}.shift", $"{F(shock.Shift)} is outside −{ScenarioLimits.MaxShift}…{ScenarioLimits.MaxShift} (log units a year)");
            result.Add(new ScenarioShock(shock.Name, shock.Factor, shock.Domain, shock.Indicator, shock.Jurisdiction, shock.FromYear, shock.ToYear, shock.Shift));
        }

        return result;
    }

    private static (Dictionary<PairId, double>, Dictionary<PairId, double>, Dictionary<PairId, IReadOnlyList<DataPoint>>) Overrides(
        IReadOnlyList<PairOverride> overrides, ForecastCatalog catalog)
    {
        var trends = new Dictionary<PairId, double>();
        var spreads = new Dictionary<PairId, double>();
        var observations = new Dictionary<PairId, IReadOnlyList<DataPoint>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < overrides.Count; i++)
        {
            var at = $"overrides[{i}]";
            var pairOverride = overrides[i] ?? throw Rejected(at, "missing");
            if (pairOverride.Pair is null || !IsPair(catalog, pairOverride.Pair, out var pair))
                throw Rejected($"{at}.pair", $"unknown pair '{pairOverride.Pair}': write jurisdiction/indicator as the catalog has it");
            if (!seen.Add(pairOverride.Pair))
                throw Rejected($"{at}.pair", $"'{pairOverride.Pair}' is overridden twice");
            if (pairOverride.GrowthMean is { } mean)
            {
                if (!double.IsFinite(mean))
                    throw Rejected($"{at}.growthMean", $"{F(mean)} is not a finite number");
                trends[pair] = mean;
            }

            if (pairOverride.GrowthSpread is { } spread)
            {
                CheckSpread($"{at}.growthSpread", spread);
                spreads[pair] = spread;
            }

            var extra = List($"{at}.observations", pairOverride.Observations);
            var points = new List<DataPoint>();
            for (var j = 0; j < extra.Count; j++)
            {
                try
                {
                    ObservationRules.Validate(catalog, pairOverride.Pair, extra[j], $"{at}.observations[{j}].");
                }
                catch (ObservationRejectedException e)
                {
                    throw new ScenarioRejectedException(e.Field, e.Message);
                }

                points.Add(new DataPoint(extra[j].Year, extra[j].Value, PointBasis.Observed, extra[j].Source));
            }

            if (points.Count > 0)
                observations[pair] = points;
        }

        return (trends, spreads, observations);
    }

    private static bool IsPair(ForecastCatalog catalog, string text, out PairId pair)
    {
        pair = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1 || text.IndexOf('/', slash + 1) >= 0)
            return false;
        pair = PairViews.PairOf(text);
        return catalog.FiguresOf(pair).Count > 0;
    }

    private static IReadOnlyList<T> List<T>(string field, IReadOnlyList<T>? list)
    {
        if (list is null)
            return [];
        if (list.Count > ScenarioLimits.MaxItems)
            throw Rejected(field, $"{list.Count} items; at most {ScenarioLimits.MaxItems}");
        return list;
    }

    private static void CheckName(string field, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw Rejected(field, "required");
        if (name.Length > ScenarioLimits.MaxIdLength)
            throw Rejected(field, $"is {name.Length} characters long; at most {ScenarioLimits.MaxIdLength}");
        if (!ScenarioName.IsValid(name))
            throw Rejected(field, $"'{name}' is not a name: {ScenarioName.Rule}");
    }

    private static void CheckYear(string field, int year)
    {
        if (year is < ScenarioLimits.MinYear or > ScenarioLimits.MaxYear)
            throw Rejected(field, $"{year} is outside {ScenarioLimits.MinYear}–{ScenarioLimits.MaxYear}");
    }

    private static void CheckProbability(string field, double value)
    {
        if (!double.IsFinite(value) || value is < 0 or > 1)
            throw Rejected(field, $"{F(value)} is not a probability between 0 and 1");
    }

    private static void CheckSpread(string field, double spread)
    {
        if (double.IsNaN(spread) || !double.IsFinite(spread))
            throw Rejected(field, $"{F(spread)} is not a finite number");
        if (spread < 0)
            throw Rejected(field, $"{F(spread)} is negative: a spread is a standard deviation");
        if (spread > ScenarioLimits.MaxSpread)
            throw Rejected(field, $"{F(spread)} is above {ScenarioLimits.MaxSpread}: a spread this wide is a typo, not a belief");
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static ScenarioRejectedException Rejected(string field, string message) => new(field, $"{field}: {message}");
}
