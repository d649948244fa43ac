using System.Globalization;
using Forecast.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Forecast.Model.Forecasting;

/// <summary>
/// Reads scenarios/priors.yaml. Every problem is reported as file:line: field: message, all of them at once, and a
/// file with any problem yields no priors.
/// </summary>
public static class PriorsReader
{
    /// <summary>A spread beyond this (e.g. 5 log units, ×150 a year) is a typo, not a belief.</summary>
    public const double MaxSpread = 5;

    private static readonly Dictionary<string, TrajectoryMethod> Methods = new(StringComparer.Ordinal)
    {
        ["log-linear"] = TrajectoryMethod.LogLinear,
        ["logit-linear"] = TrajectoryMethod.LogitLinear,
        ["linear"] = TrajectoryMethod.Linear,
        ["pace"] = TrajectoryMethod.Pace,
        ["average-growth"] = TrajectoryMethod.AverageGrowth,
    };

    public static ForecastPriors Read(string path, ForecastCatalog catalog)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path), catalog);
    }

    public static ForecastPriors Read(TextReader text, string file, ForecastCatalog catalog)
    {
        var errors = new List<CatalogError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            throw new CatalogException([new CatalogError(file, (int)e.Start.Line, "yaml", e.InnerException?.Message ?? e.Message)]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new CatalogException([new CatalogError(file, 1, "priors", "expected one mapping with 'spread' and 'factors'")]);

        var spread = new Dictionary<TrajectoryMethod, double>();
        var persistent = new Dictionary<TrajectoryMethod, double>();
        var factors = new List<FactorPrior>();
        var delivered = FulfilmentClass.DefaultDelivered;
        var influenced = FulfilmentClass.DefaultInfluenced;
        var correlation = 0.3;
        var tolerance = 0.05;
        var pooling = PoolingPrior.Default;
        foreach (var (key, value) in root.Children)
        {
            switch (Key(key))
            {
                case "spread":
                    ReadSpread(value, file, "spread", spread, errors);
                    break;
                case "persistent":
                    ReadSpread(value, file, "persistent", persistent, errors);
                    break;
                case "classes":
                    ReadClasses(value, file, catalog, ref delivered, ref influenced, errors);
                    break;
                case "commitments":
                    var commitments = Fields(value, file, "commitments", errors, "correlation");
                    correlation = commitments.Number("correlation", 0, 0.99) ?? correlation;
                    break;
                case "about":
                    var about = Fields(value, file, "about", errors, "tolerance");
                    tolerance = about.Number("tolerance", 0, 0.5) ?? tolerance;
                    break;
                case "pooling":
                    var fields = Fields(value, file, "pooling", errors, "min-peers", "between-spread", "prior-spread");
                    pooling = new PoolingPrior(
                        (int)(fields.Number("min-peers", 0, 100) ?? pooling.MinPeers),
                        fields.Number("between-spread", 0, MaxSpread) ?? pooling.BetweenSpread,
                        fields.Number("prior-spread", 0, MaxSpread) ?? pooling.PriorSpread);
                    break;
                case "factors":
                    ReadFactors(value, file, catalog, factors, errors);
                    break;
                default:
                    errors.Add(Error(file, key, Key(key), "unknown field: expected spread, persistent, classes, commitments, about, pooling or factors"));
                    break;
            }
        }

        foreach (var (name, method) in Methods)
        {
            if (!spread.ContainsKey(method) && !errors.Any(e => e.Field == $"spread.{name}"))
                errors.Add(new CatalogError(file, (int)root.Start.Line, $"spread.{name}", "missing: every method needs a prior spread"));
            if (persistent.Count > 0 && !persistent.ContainsKey(method) && !errors.Any(e => e.Field == $"persistent.{name}"))
                errors.Add(new CatalogError(file, (int)root.Start.Line, $"persistent.{name}", "missing: where persistent spreads are given, every method needs one"));
        }

        if (errors.Count > 0)
            throw new CatalogException(errors);
        var priors = new ForecastPriors(spread, factors)
        {
            Delivered = delivered,
            Influenced = influenced,
            CommitmentCorrelation = correlation,
            AboutTolerance = tolerance,
            Pooling = pooling,
        };
        return persistent.Count > 0 ? priors with { Persistent = persistent } : priors;
    }

    private static void ReadClasses(YamlNode node, string file, ForecastCatalog catalog, ref FulfilmentClass delivered, ref FulfilmentClass influenced, List<CatalogError> errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(Error(file, node, "classes", "expected a mapping with 'delivered' and 'influenced'"));
            return;
        }

        var domains = catalog.Indicators.Select(i => i.Domain).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = Key(key);
            var at = $"classes.{name}";
            if (name is not ("delivered" or "influenced"))
            {
                errors.Add(Error(file, key, at, "unknown class: expected 'delivered' or 'influenced'"));
                continue;
            }

            var fallback = name == "delivered" ? delivered : influenced;
            var fields = Fields(value, file, at, errors, "domains", "centre", "scale", "base-rate", "plan-base-rate", "strength");
            var listed = new HashSet<string>(fallback.Domains, StringComparer.Ordinal);
            if (fields.Node("domains") is { } list)
            {
                listed.Clear();
                if (list is not YamlSequenceNode items)
                {
                    errors.Add(Error(file, list, $"{at}.domains", "expected a list of domains"));
                }
                else
                {
                    foreach (var item in items.Children)
                    {
                        if (!domains.Contains(Key(item)))
                            errors.Add(Error(file, item, $"{at}.domains", $"'{Key(item)}' is not a domain of the catalog"));
                        else
                            listed.Add(Key(item));
                    }
                }
            }

            var parsed = new FulfilmentClass(
                name,
                fields.Number("centre", 0, 10) ?? fallback.Centre,
                fields.Number("scale", 0, 10) ?? fallback.Scale,
                fields.Number("base-rate", 0, 0.9999) ?? fallback.BaseRate,
                fields.Number("plan-base-rate", 0, 0.9999) ?? fallback.PlanBaseRate,
                fields.Number("strength", 0, 10_000) ?? fallback.Strength,
                listed);
            if (name == "delivered")
                delivered = parsed;
            else
                influenced = parsed;
        }
    }

    /// <summary>The fields of a mapping, read by name; a key not in <paramref name="known"/> is an error.</summary>
    private static FieldReader Fields(YamlNode node, string file, string at, List<CatalogError> errors, params string[] known) => new(node, file, at, errors, known);

    private sealed class FieldReader
    {
        private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
        private readonly string _file;
        private readonly string _at;
        private readonly List<CatalogError> _errors;

        public FieldReader(YamlNode node, string file, string at, List<CatalogError> errors, string[] known)
        {
            (_file, _at, _errors) = (file, at, errors);
            if (node is not YamlMappingNode map)
            {
                errors.Add(Error(file, node, at, "expected a mapping"));
                return;
            }

            foreach (var (key, value) in map.Children)
            {
                if (known.Contains(Key(key)))
                    _values[Key(key)] = value;
                else
                    errors.Add(Error(file, key, $"{at}.{Key(key)}", $"unknown field: expected {string.Join(", ", known)}"));
            }
        }

        public YamlNode? Node(string name) => _values.GetValueOrDefault(name);

        public double? Number(string name, double min, double max) =>
            _values.TryGetValue(name, out var node) ? PriorsReader.Number(node, _file, $"{_at}.{name}", min, max, _errors) : null;
    }

    private static void ReadSpread(YamlNode node, string file, string section, Dictionary<TrajectoryMethod, double> spread, List<CatalogError> errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(Error(file, node, section, "expected a mapping of method → spread"));
            return;
        }

        foreach (var (key, value) in map.Children)
        {
            var field = $"{section}.{Key(key)}";
            if (!Methods.TryGetValue(Key(key), out var method))
                errors.Add(Error(file, key, field, $"unknown method: expected one of {string.Join(", ", Methods.Keys)}"));
            else if (Number(value, file, field, 0, MaxSpread, errors) is { } number)
                spread[method] = number;
        }
    }

    private static void ReadFactors(YamlNode node, string file, ForecastCatalog catalog, List<FactorPrior> factors, List<CatalogError> errors)
    {
        if (node is not YamlSequenceNode list)
        {
            errors.Add(Error(file, node, "factors", "expected a list of factors"));
            return;
        }

        var domains = catalog.Indicators.Select(i => i.Domain).ToHashSet(StringComparer.Ordinal);
        for (var n = 0; n < list.Children.Count; n++)
        {
            var at = $"factors[{n}]";
            if (list.Children[n] is not YamlMappingNode map)
            {
                errors.Add(Error(file, list.Children[n], at, "expected a mapping with name, spread and loadings"));
                continue;
            }

            string? name = null;
            double? spread = null;
            var loadings = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                switch (Key(key))
                {
                    case "name":
                        name = (value as YamlScalarNode)?.Value;
                        if (string.IsNullOrWhiteSpace(name))
                            errors.Add(Error(file, value, $"{at}.name", "expected a name"));
                        else if (factors.Any(f => f.Name == name))
                            errors.Add(Error(file, value, $"{at}.name", $"'{name}' is named twice"));
                        break;
                    case "spread":
                        spread = Number(value, file, $"{at}.spread", 0, MaxSpread, errors);
                        break;
                    case "loadings" when value is YamlMappingNode loadingMap:
                        foreach (var (target, beta) in loadingMap.Children)
                        {
                            var field = $"{at}.loadings.{Key(target)}";
                            if (!domains.Contains(Key(target)) && !catalog.TryGetIndicator(Key(target), out _))
                                errors.Add(Error(file, target, field, "neither a domain nor an indicator of the catalog"));
                            else if (Number(beta, file, field, -10, 10, errors) is { } b)
                                loadings[Key(target)] = b;
                        }

                        break;
                    case "loadings":
                        errors.Add(Error(file, value, $"{at}.loadings", "expected a mapping of domain or indicator → loading"));
                        break;
                    default:
                        errors.Add(Error(file, key, $"{at}.{Key(key)}", "unknown field: expected name, spread or loadings"));
                        break;
                }
            }

            if (name is null)
                errors.Add(Error(file, map, $"{at}.name", "missing"));
            if (spread is null && !errors.Any(e => e.Field == $"{at}.spread"))
                errors.Add(Error(file, map, $"{at}.spread", "missing"));
            if (name is not null && spread is { } s)
                factors.Add(new FactorPrior(name, s, loadings));
        }
    }

    private static double? Number(YamlNode node, string file, string field, double min, double max, List<CatalogError> errors)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(Error(file, node, field, $"'{text}' is not a finite number"));
            return null;
        }

        if (value < min || value > max || (min == 0 && value == 0))
        {
            errors.Add(Error(file, node, field, $"{text} is outside ({min}, {max}]"));
            return null;
        }

        return value;
    }

    private static string Key(YamlNode node) => (node as YamlScalarNode)?.Value ?? string.Empty;

    private static CatalogError Error(string file, YamlNode node, string field, string message) => new(file, (int)node.Start.Line, field, message);
}
