using System.Globalization;
using System.Text;
using Forecast.Contracts;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Forecast.Scenarios;

/// <summary>
/// Reads a scenario file (scenarios/README.md documents every key) into a <see cref="Scenario"/>. Every problem is
/// reported at once as file:line:column: field: message, and a file with any problem yields no scenario.
/// </summary>
public static partial class ScenarioReader
{
    /// <summary>Paths per pair where the file says none: P(meet) to about ±0.005.</summary>
    public const int DefaultPaths = 10_000;

    private static readonly string[] TopKeys = ["id", "title", "seed", "paths", "asOfYear", "horizon", "scope", "thresholds", "factors", "shocks", "overrides", "formats"];
    private static readonly string[] ThresholdKeys = ["likelyMissedBelow", "atRiskBelow"];
    private static readonly string[] FactorKeys = ["name", "spread", "loadings"];
    private static readonly string[] ShockKeys = ["name", "factor", "domain", "indicator", "jurisdiction", "fromYear", "toYear", "shift"];
    private static readonly string[] OverrideKeys = ["pair", "growthMean", "growthSpread", "observations"];
    private static readonly string[] ObservationKeys = ["year", "value", "source", "recordedBy"];

    public static ScenarioFile Read(string path, ScenarioVocabulary vocabulary)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new ScenarioFileException(new ScenarioError(path, 1, 1, "file", Directory.Exists(path) ? "is a folder, not a scenario file" : "not found"));
        if (info.Length > ScenarioFileLimits.MaxFileBytes)
            throw new ScenarioFileException(new ScenarioError(path, 1, 1, "file", $"{info.Length:#,0} bytes is over the {ScenarioFileLimits.MaxFileBytes:#,0}-byte (1 MiB) limit for a scenario file"));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioFileException(new ScenarioError(path, 1, 1, "file", $"cannot be read: {e.Message}"));
        }

        return Parse(bytes, path, vocabulary);
    }

    public static ScenarioFile Parse(byte[] bytes, string file, ScenarioVocabulary vocabulary)
    {
        if (bytes.Length > ScenarioFileLimits.MaxFileBytes)
            throw new ScenarioFileException(new ScenarioError(file, 1, 1, "file", $"{bytes.Length:#,0} bytes is over the {ScenarioFileLimits.MaxFileBytes:#,0}-byte (1 MiB) limit for a scenario file"));
        var text = Decode(bytes, file);
        if (text.Length == 0)
            throw new ScenarioFileException(new ScenarioError(file, 1, 1, "file", "is empty: a scenario needs at least id, seed and asOfYear (see scenarios/README.md)"));

        var root = Load(text, file);
        var walker = new Walker(file, vocabulary);
        var scenario = walker.Scenario(root);
        if (walker.Errors.Count > 0 || scenario is null)
            throw new ScenarioFileException(walker.Listed());
        return new ScenarioFile(file, scenario.Value.Scenario, scenario.Value.Formats, walker.Map);
    }

    /// <summary>UTF-8 text without its byte-order mark (Notepad and many editors write one), or an error at the first byte that makes the file binary.</summary>
    private static string Decode(byte[] bytes, string file)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            throw new ScenarioFileException(new ScenarioError(file, line, column, "file", "is binary (a NUL byte), not a YAML text file"));
        }

        try
        {
            var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Position(bytes, Math.Clamp(e.Index, 0, bytes.Length));
            throw new ScenarioFileException(new ScenarioError(file, line, column, "file", "is binary or not UTF-8 (an invalid byte sequence), not a YAML text file"));
        }
    }

    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    private static YamlNode Load(string text, string file)
    {
        var parser = new NestingLimitedParser(new Parser(new StringReader(text)), file);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                throw new ScenarioFileException(new ScenarioError(file, 1, 1, "file", "is empty: a scenario needs at least id, seed and asOfYear (see scenarios/README.md)"));
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                throw new ScenarioFileException(new ScenarioError(file, (int)second.Line, (int)second.Column, "yaml", "one scenario per file: a second document (---) follows the first"));
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            var at = reason.IndexOf("): ", StringComparison.Ordinal);
            if (reason.StartsWith("(Line:", StringComparison.Ordinal) && at > 0)
                reason = reason[(at + 3)..];
            throw new ScenarioFileException(new ScenarioError(file, (int)e.Start.Line, (int)e.Start.Column, "yaml", $"syntax error: {reason}"));
        }
        catch (Exception e) when (e is not ScenarioFileException and not OutOfMemoryException)
        {
            // YamlDotNet's scanner throws more than YamlException on some malformed text (InvalidOperationException
            // among others); whatever it throws, the planner gets a located error and never a stack trace.
            var at = parser.LastStart;
            throw new ScenarioFileException(new ScenarioError(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), "yaml", "syntax error: the YAML cannot be read from about here on; check the brackets, quotes and indentation"));
        }
    }

    /// <summary>Walks the document, collecting every error with its position and recording where each field stands.</summary>
    private sealed class Walker(string file, ScenarioVocabulary vocabulary)
    {
        private ScenarioError? _firstUnlisted;
        private int _unlisted;

        public List<ScenarioError> Errors { get; } = [];

        /// <summary>The first <see cref="ScenarioFileLimits.MaxErrors"/> errors, and where the rest start and how many they are.</summary>
        public IReadOnlyList<ScenarioError> Listed() => _firstUnlisted is { } first
            ? [.. Errors, first with { Field = "file", Message = $"{_unlisted:#,0} more error(s) from here on, not listed; fix these first" }]
            : Errors;

        public ScenarioSourceMap Map { get; } = new();

        public (Scenario Scenario, IReadOnlyList<string> Formats)? Scenario(YamlNode root)
        {
            if (root is not YamlMappingNode map)
            {
                Error(root, "scenario", "expected a mapping of keys (id: …, seed: …, asOfYear: …), not a single value or a list");
                return null;
            }

            var fields = Fields(map, string.Empty, TopKeys);
            var id = Required(fields, map, "id") is { } idNode ? Id(idNode, "id") : null;
            var title = fields.TryGetValue("title", out var titleNode) ? Text(titleNode, "title") : null;
            ulong? seed = Required(fields, map, "seed") is { } seedNode ? Seed(seedNode) : null;
            var paths = fields.TryGetValue("paths", out var pathsNode) ? Integer(pathsNode, "paths", ScenarioLimits.MinPaths, ScenarioLimits.MaxPaths) : DefaultPaths;
            var asOf = Required(fields, map, "asOfYear") is { } asOfNode ? Year(asOfNode, "asOfYear") : null;
            int? horizon = null;
            if (fields.TryGetValue("horizon", out var horizonNode) && !IsNull(horizonNode))
            {
                horizon = Year(horizonNode, "horizon");
                if (horizon is { } h && asOf is { } a && h < a)
                    Error(horizonNode, "horizon", $"the last goal year ({h}) is before asOfYear ({a})");
            }

            var scope = fields.TryGetValue("scope", out var scopeNode) ? Scope(scopeNode) : [];
            var thresholds = fields.TryGetValue("thresholds", out var thresholdsNode) ? Thresholds(thresholdsNode) : new ScenarioThresholds();
            var factors = fields.TryGetValue("factors", out var factorsNode) ? Factors(factorsNode) : [];
            var knownFactors = vocabulary.Factors.Concat(factors.Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
            var shocks = fields.TryGetValue("shocks", out var shocksNode) ? Shocks(shocksNode, knownFactors) : [];
            var overrides = fields.TryGetValue("overrides", out var overridesNode) ? Overrides(overridesNode, id ?? "scenario") : [];
            var formats = fields.TryGetValue("formats", out var formatsNode) ? Formats(formatsNode) : OutputFormats.Default;

            if (Errors.Count > 0 || id is null || seed is null || paths is null || asOf is null || thresholds is null)
                return null;
            var scenario = new Scenario(id, title ?? id, seed.Value, paths.Value, asOf.Value, horizon, scope, thresholds, factors, shocks, overrides);
            return (scenario, formats);
        }

        private List<string> Scope(YamlNode node)
        {
            var scope = new List<string>();
            foreach (var (item, field) in Items(node, "scope", ScenarioLimits.MaxItems))
            {
                if (Name(item, field, vocabulary.Jurisdictions, "jurisdiction") is not { } id)
                    continue;
                if (scope.Contains(id))
                    Error(item, field, $"'{id}' is listed twice");
                else
                    scope.Add(id);
            }

            return scope;
        }

        private ScenarioThresholds? Thresholds(YamlNode node)
        {
            if (Mapping(node, "thresholds") is not { } map)
                return null;
            var fields = Fields(map, "thresholds", ThresholdKeys);
            var defaults = new ScenarioThresholds();
            var missed = fields.TryGetValue("likelyMissedBelow", out var m) ? Number(m, "thresholds.likelyMissedBelow", 0, 1) : defaults.LikelyMissedBelow;
            var risk = fields.TryGetValue("atRiskBelow", out var r) ? Number(r, "thresholds.atRiskBelow", 0, 1) : defaults.AtRiskBelow;
            if (missed is null || risk is null)
                return null;
            if (missed > risk)
            {
                Error(m ?? r ?? node, m is null ? "thresholds.atRiskBelow" : "thresholds.likelyMissedBelow", $"likelyMissedBelow ({Show(missed.Value)}) must not exceed atRiskBelow ({Show(risk.Value)}): red is below amber");
                return null;
            }

            return new ScenarioThresholds(missed.Value, risk.Value);
        }

        private List<ScenarioFactor> Factors(YamlNode node)
        {
            var factors = new List<ScenarioFactor>();
            foreach (var (item, field) in Items(node, "factors", ScenarioLimits.MaxItems))
            {
                if (Mapping(item, field) is not { } map)
                    continue;
                var fields = Fields(map, field, FactorKeys);
                var name = Required(fields, map, $"{field}.name") is { } n ? Id(n, $"{field}.name") : null;
                double? spread = null;
                if (fields.TryGetValue("spread", out var spreadNode) && !IsNull(spreadNode))
                    spread = Number(spreadNode, $"{field}.spread", 0, ScenarioLimits.MaxSpread);
                else if (name is not null && !vocabulary.Factors.Contains(name))
                    Error(map, $"{field}.spread", $"'{name}' is a new factor (the priors have {List(vocabulary.Factors)}): give its yearly spread");

                var loadings = new List<FactorLoadingSpec>();
                if (fields.TryGetValue("loadings", out var loadingsNode) && Mapping(loadingsNode, $"{field}.loadings") is { } loadingsMap)
                {
                    if (loadingsMap.Children.Count > ScenarioLimits.MaxItems)
                        Error(loadingsMap, $"{field}.loadings", $"{loadingsMap.Children.Count} loadings; at most {ScenarioLimits.MaxItems}");
                    var k = 0;
                    foreach (var (keyNode, valueNode) in loadingsMap.Children)
                    {
                        var target = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                        var loadingField = $"{field}.loadings.{target}";
                        Mark(valueNode, loadingField);
                        Mark(keyNode, $"{field}.loadings[{k}]");
                        Mark(keyNode, $"{field}.loadings[{k}].target");
                        Mark(valueNode, $"{field}.loadings[{k}].beta");
                        k++;
                        if (!vocabulary.Domains.Contains(target) && !vocabulary.Indicators.Contains(target))
                        {
                            Error(keyNode, loadingField, $"'{target}' is neither a domain nor an indicator{Suggest(target, vocabulary.Domains.Concat(vocabulary.Indicators))}");
                            continue;
                        }

                        if (Number(valueNode, loadingField, -ScenarioLimits.MaxLoading, ScenarioLimits.MaxLoading) is { } beta)
                            loadings.Add(new FactorLoadingSpec(target, beta));
                    }
                }

                if (name is null)
                    continue;
                if (factors.Any(f => f.Name == name))
                    Error(map, $"{field}.name", $"factor '{name}' is set twice");
                else
                    factors.Add(new ScenarioFactor(name, spread, loadings));
            }

            return factors;
        }

        private List<ScenarioShockSpec> Shocks(YamlNode node, IReadOnlySet<string> knownFactors)
        {
            var shocks = new List<ScenarioShockSpec>();
            foreach (var (item, field) in Items(node, "shocks", ScenarioLimits.MaxItems))
            {
                if (Mapping(item, field) is not { } map)
                    continue;
                var fields = Fields(map, field, ShockKeys);
                var name = Required(fields, map, $"{field}.name") is { } n ? Id(n, $"{field}.name") : null;
                var factor = Optional(fields, "factor", field, knownFactors, "factor");
                var domain = Optional(fields, "domain", field, vocabulary.Domains, "domain");
                var indicator = Optional(fields, "indicator", field, vocabulary.Indicators, "indicator");
                var jurisdiction = Optional(fields, "jurisdiction", field, vocabulary.Jurisdictions, "jurisdiction");
                if (!fields.ContainsKey("factor") && !fields.ContainsKey("domain") && !fields.ContainsKey("indicator") && !fields.ContainsKey("jurisdiction"))
                    Error(map, field, "a shock names what it moves: factor, domain, indicator or jurisdiction (one or more)");
                if (fields.ContainsKey("factor") && (fields.ContainsKey("domain") || fields.ContainsKey("indicator")))
                    Error(fields["factor"], $"{field}.factor", "a factor shock reaches pairs through their loadings, so it names no domain or indicator; make a separate shock for those");
                var from = Required(fields, map, $"{field}.fromYear") is { } f ? Year(f, $"{field}.fromYear") : null;
                var to = Required(fields, map, $"{field}.toYear") is { } t ? Year(t, $"{field}.toYear") : null;
                if (from is { } a && to is { } b && b < a)
                    Error(fields["toYear"], $"{field}.toYear", $"toYear ({b}) is before fromYear ({a})");
                var shift = Required(fields, map, $"{field}.shift") is { } s ? Number(s, $"{field}.shift", -ScenarioLimits.MaxShift, ScenarioLimits.MaxShift) : null;
                if (name is not null && shocks.Any(x => x.Name == name))
                    Error(map, $"{field}.name", $"shock '{name}' is named twice");
                else if (name is not null && from is not null && to is not null && shift is not null)
                    shocks.Add(new ScenarioShockSpec(name, factor, domain, indicator, jurisdiction, from.Value, to.Value, shift.Value));
            }

            return shocks;
        }

        private List<PairOverride> Overrides(YamlNode node, string scenarioId)
        {
            var overrides = new List<PairOverride>();
            foreach (var (item, field) in Items(node, "overrides", ScenarioLimits.MaxItems))
            {
                if (Mapping(item, field) is not { } map)
                    continue;
                var fields = Fields(map, field, OverrideKeys);
                var pair = Required(fields, map, $"{field}.pair") is { } p ? Name(p, $"{field}.pair", vocabulary.Pairs, "pair") : null;
                double? mean = null, spread = null;
                if (fields.TryGetValue("growthMean", out var meanNode))
                    mean = Number(meanNode, $"{field}.growthMean", -1e9, 1e9);
                if (fields.TryGetValue("growthSpread", out var spreadNode))
                    spread = Number(spreadNode, $"{field}.growthSpread", 0, ScenarioLimits.MaxSpread);
                var observations = new List<ObservationInput>();
                if (fields.TryGetValue("observations", out var observationsNode))
                {
                    foreach (var (o, oField) in Items(observationsNode, $"{field}.observations", ScenarioLimits.MaxItems))
                    {
                        if (Observation(o, oField, scenarioId) is { } observation)
                        {
                            if (observations.Any(x => x.Year == observation.Year))
                                Error(o, $"{oField}.year", $"{observation.Year} is given twice for this pair");
                            else
                                observations.Add(observation);
                        }
                    }
                }

                if (!fields.ContainsKey("growthMean") && !fields.ContainsKey("growthSpread") && !fields.ContainsKey("observations"))
                    Error(map, field, "an override states growthMean, growthSpread or observations (one or more)");
                if (pair is null)
                    continue;
                if (overrides.Any(x => x.Pair == pair))
                    Error(map, $"{field}.pair", $"'{pair}' is overridden twice; put everything for it in one entry");
                else
                    overrides.Add(new PairOverride(pair, mean, spread, observations));
            }

            return overrides;
        }

        private ObservationInput? Observation(YamlNode node, string field, string scenarioId)
        {
            if (Mapping(node, field) is not { } map)
                return null;
            var fields = Fields(map, field, ObservationKeys);
            var year = Required(fields, map, $"{field}.year") is { } y ? Year(y, $"{field}.year") : null;
            var value = Required(fields, map, $"{field}.value") is { } v ? Number(v, $"{field}.value", double.MinValue, double.MaxValue) : null;
            var sourceNode = Required(fields, map, $"{field}.source");
            var source = sourceNode is null ? null : Text(sourceNode, $"{field}.source");
            var recordedBy = fields.TryGetValue("recordedBy", out var r) ? Text(r, $"{field}.recordedBy") : $"scenario {scenarioId}";
            if (sourceNode is not null && string.IsNullOrWhiteSpace(source))
            {
                Error(sourceNode, $"{field}.source", "say where the value was read (a bulletin, a report), so others can check it");
                return null;
            }

            return year is null || value is null || source is null || recordedBy is null ? null : new ObservationInput(year.Value, value.Value, source, recordedBy);
        }

        private List<string> Formats(YamlNode node)
        {
            var formats = new List<string>();
            foreach (var (item, field) in Items(node, "formats", 16))
            {
                if (Text(item, field) is not { } format)
                    continue;
                if (!OutputFormats.All.Contains(format))
                    Error(item, field, $"unknown format '{format}'; expected {string.Join(", ", OutputFormats.All)}{Suggest(format, OutputFormats.All)}");
                else if (!formats.Contains(format))
                    formats.Add(format);
            }

            return formats;
        }

        /// <summary>The mapping's keys that are allowed; each other key is an error with the nearest allowed key.</summary>
        private Dictionary<string, YamlNode> Fields(YamlMappingNode map, string prefix, string[] allowed)
        {
            Mark(map, prefix);
            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var field = prefix.Length == 0 ? key : $"{prefix}.{key}";
                if (!allowed.Contains(key))
                {
                    Error(keyNode, field, $"unknown key '{Shorten(key)}'{Suggest(key, allowed, always: true)}");
                    continue;
                }

                Mark(value, field);
                fields[key] = value;
            }

            return fields;
        }

        private YamlNode? Required(Dictionary<string, YamlNode> fields, YamlMappingNode map, string field)
        {
            var key = field[(field.LastIndexOf('.') + 1)..];
            if (fields.TryGetValue(key, out var node) && !IsNull(node))
                return node;
            if (!fields.ContainsKey(key))
                Error(map, field, "missing: this key is required (see scenarios/README.md)");
            else
                Error(node!, field, "is empty: give a value");
            return null;
        }

        private string? Optional(Dictionary<string, YamlNode> fields, string key, string prefix, IReadOnlySet<string> known, string what) =>
            fields.TryGetValue(key, out var node) && !IsNull(node) ? Name(node, $"{prefix}.{key}", known, what) : null;

        private IEnumerable<(YamlNode Item, string Field)> Items(YamlNode node, string field, int max)
        {
            if (IsNull(node))
                yield break;
            if (node is not YamlSequenceNode list)
            {
                Error(node, field, "expected a list (- item per line, or [a, b])");
                yield break;
            }

            if (list.Children.Count > max)
            {
                Error(list, field, $"{list.Children.Count} entries; at most {max:#,0}");
                yield break;
            }

            for (var i = 0; i < list.Children.Count; i++)
            {
                var itemField = $"{field}[{i}]";
                Mark(list.Children[i], itemField);
                yield return (list.Children[i], itemField);
            }
        }

        private YamlMappingNode? Mapping(YamlNode node, string field)
        {
            if (node is YamlMappingNode map)
                return map;
            Error(node, field, "expected a mapping of keys (key: value on its own lines)");
            return null;
        }

        private string? Text(YamlNode node, string field)
        {
            if (node is not YamlScalarNode { Value: { } value })
            {
                Error(node, field, "expected a single value, not a list or mapping");
                return null;
            }

            if (value.Length > ScenarioLimits.MaxTextLength)
            {
                Error(node, field, $"{value.Length:#,0} characters; at most {ScenarioLimits.MaxTextLength:#,0}");
                return null;
            }

            return value;
        }

        private string? Id(YamlNode node, string field)
        {
            if (Text(node, field) is not { } id)
                return null;
            if (!ScenarioName.IsValid(id))
            {
                Error(node, field, $"'{Shorten(id)}' is not a name: {ScenarioName.Rule}, at most {ScenarioLimits.MaxIdLength} characters");
                return null;
            }

            return id;
        }

        private string? Name(YamlNode node, string field, IReadOnlySet<string> known, string what)
        {
            if (Text(node, field) is not { } name)
                return null;
            if (known.Contains(name))
                return name;
            Error(node, field, $"unknown {what} '{name}'{Suggest(name, known)}");
            return null;
        }

        private ulong? Seed(YamlNode node)
        {
            if (Text(node, "seed") is not { } text)
                return null;
            if (ulong.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
                return seed;
            Error(node, "seed", $"'{text}' is not a seed: a whole number from 0 to {ulong.MaxValue}");
            return null;
        }

        private int? Year(YamlNode node, string field) => Integer(node, field, ScenarioLimits.MinYear, ScenarioLimits.MaxYear, "a year");

        private int? Integer(YamlNode node, string field, int min, int max, string what = "a whole number")
        {
            if (Finite(node, field) is not { } value)
                return null;
            if (value != Math.Floor(value))
            {
                Error(node, field, $"{Show(value)} is not {what}");
                return null;
            }

            if (value < min || value > max)
            {
                Error(node, field, $"{Show(value)} is out of range: {what} from {min:#,0} to {max:#,0}");
                return null;
            }

            return (int)value;
        }

        private double? Number(YamlNode node, string field, double min, double max)
        {
            if (Finite(node, field) is not { } value)
                return null;
            if (value < min || value > max)
            {
                Error(node, field, min == 0 && value < 0 ? $"{Show(value)} is negative; it must be from 0 to {Show(max)}" : $"{Show(value)} is out of range: from {Show(min)} to {Show(max)}");
                return null;
            }

            return value;
        }

        private double? Finite(YamlNode node, string field)
        {
            if (Text(node, field) is not { } text)
                return null;
            var plain = text.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
            var value = plain.ToLowerInvariant() switch
            {
                ".nan" or "nan" => double.NaN,
                ".inf" or "+.inf" or "inf" or "infinity" => double.PositiveInfinity,
                "-.inf" or "-inf" or "-infinity" => double.NegativeInfinity,
                _ => double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : (double?)null,
            };
            if (value is null)
            {
                Error(node, field, $"'{text}' is not a number");
                return null;
            }

            if (!double.IsFinite(value.Value))
            {
                Error(node, field, $"{text} is not a finite number; give a figure");
                return null;
            }

            return value;
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

        private void Mark(YamlNode node, string field) => Map.Add(field, (int)node.Start.Line, (int)node.Start.Column);

        private void Error(YamlNode node, string field, string message)
        {
            var error = new ScenarioError(file, (int)node.Start.Line, (int)node.Start.Column, field, message);
            if (Errors.Count < ScenarioFileLimits.MaxErrors)
            {
                Errors.Add(error);
                return;
            }

            _firstUnlisted ??= error;
            _unlisted++;
        }
    }

    /// <summary>A name as an error quotes it: a key may be as long as the file, and the message need not be.</summary>
    private static string Shorten(string text) => text.Length <= 80 ? text : $"{text[..77]}…";

    private static string Show(double value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => $"'{n}'"));

    /// <summary>"; did you mean 'x'?" for a near miss, or the allowed names when they are few and <paramref name="always"/>.</summary>
    internal static string Suggest(string given, IEnumerable<string> known, bool always = false)
    {
        var names = known.Distinct(StringComparer.Ordinal).ToList();
        if (given.Length > 200)
            return always || names.Count <= 12 ? $"; expected one of {List(names)}" : string.Empty;
        var best = names
            .Select(n => (Name: n, Distance: Distance(given.ToLowerInvariant(), n.ToLowerInvariant())))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is not null && best.Distance <= Math.Max(2, given.Length / 3))
            return $"; did you mean '{best.Name}'?";
        return always || names.Count <= 12 ? $"; expected one of {List(names)}" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
