using Orleans.Concurrency;

namespace Forecast.Contracts;

/// <summary>
/// One jurisdiction, keyed by its catalog id ("dandong"). Its reads interleave with a run it is computing, so a
/// dashboard is answered while runs compute.
/// </summary>
[Alias("forecast.IJurisdictionGrain")]
public interface IJurisdictionGrain : IGrainWithStringKey
{
    /// <summary>The node: names, level, children and how many pairs and qualitative goals it holds.</summary>
    [Alias("GetView"), AlwaysInterleave]
    Task<JurisdictionView> GetView();

    /// <summary>Its own pairs ("dandong/new-urban-jobs"), in catalog order; its children's are theirs.</summary>
    [Alias("GetPairs"), AlwaysInterleave]
    Task<IReadOnlyList<string>> GetPairs();

    /// <summary>The rollup of this jurisdiction and everything below it in the latest completed run of scenario <paramref name="scenarioId"/>; null if none ran it.</summary>
    [Alias("GetRollup"), AlwaysInterleave]
    Task<RollupView?> GetRollup(string scenarioId);

    /// <summary>What this jurisdiction computed in run <paramref name="runId"/> (its pairs and its rollup), as it stored it; null if it has none.</summary>
    [Alias("GetRunPart"), AlwaysInterleave]
    Task<JurisdictionRunPart?> GetRunPart(string runId);
}
