namespace Forecast.Contracts;

/// <summary>One jurisdiction, keyed by its catalog id ("dandong").</summary>
[Alias("forecast.IJurisdictionGrain")]
public interface IJurisdictionGrain : IGrainWithStringKey
{
    /// <summary>The node: names, level, children and how many pairs and qualitative goals it holds.</summary>
    [Alias("GetView")]
    Task<JurisdictionView> GetView();
}
