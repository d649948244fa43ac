namespace Forecast.Contracts;

/// <summary>A scenario the catalog or the bounds reject; nothing ran and nothing was stored.</summary>
/// <param name="field">The scenario's field at fault, as a path ("shocks[1].factor", "overrides[0].pair").</param>
[GenerateSerializer, Alias("forecast.ScenarioRejectedException")]
public sealed class ScenarioRejectedException(string field, string message) : Exception(message)
{
    [Id(0)]
    public string Field { get; } = field;
}
