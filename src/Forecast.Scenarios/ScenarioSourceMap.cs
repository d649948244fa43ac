namespace Forecast.Scenarios;

/// <summary>
/// Where each field of a scenario stands in its file, so that an error found later (by the run grain, against the
/// catalog) still names the line a planner must edit.
/// </summary>
public sealed class ScenarioSourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    internal void Add(string field, int line, int column) => _positions.TryAdd(field, (line, column));

    /// <summary>
    /// The position of <paramref name="field"/>, else of the nearest field that holds it ("overrides[1]" for
    /// "overrides[1].observations[0].value" when only the override was written), else the top of the file.
    /// </summary>
    public (int Line, int Column) Locate(string field)
    {
        for (var path = field; path.Length > 0; path = Parent(path))
        {
            if (_positions.TryGetValue(path, out var position))
                return position;
        }

        return (1, 1);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
