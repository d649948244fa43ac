namespace Forecast.Contracts;

/// <summary>A what-if that cannot be run as asked (a bound, an unknown factor, a pace the pair's space cannot hold).</summary>
/// <param name="field">The request's field at fault as a path ("pace", "loadings[1].factor").</param>
[GenerateSerializer, Alias("forecast.WhatIfRejectedException")]
public sealed class WhatIfRejectedException(string field, string message) : Exception(message)
{
    [Id(0)]
    public string Field { get; } = field;
}
