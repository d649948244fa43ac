using Orleans.Concurrency;

namespace Forecast.Contracts;

/// <summary>
/// One run of a scenario, keyed by its run id (see <see cref="ScenarioRuns.RunIdOf"/>). Starting the same content
/// again returns the stored run rather than a new one.
/// </summary>
[Alias("forecast.IScenarioRunGrain")]
public interface IScenarioRunGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates the scenario against the catalog and starts it, or returns the run already made. It reads every
    /// pair's stored observations first (one storage read a pair when cold: about a minute for a national catalog of
    /// 300,000 pairs), hence a longer bound than Orleans' default 30 s.
    /// </summary>
    /// <exception cref="ScenarioRejectedException">The scenario names what the catalog lacks or breaks a bound; nothing ran.</exception>
    [Alias("Start"), ResponseTimeout("00:05:00")]
    Task<RunProgress> Start(Scenario scenario);

    /// <summary>Pairs done of the total, over all and per jurisdiction; answered while the run goes on.</summary>
    [Alias("GetProgress"), AlwaysInterleave]
    Task<RunProgress> GetProgress();

    /// <summary>
    /// The completed run's outline: what makes it reproducible and the jurisdictions it covered; null before it
    /// completes. Each jurisdiction keeps its own part (<see cref="RunResults.ReadAsync"/> reads the whole result).
    /// </summary>
    [Alias("GetOutline"), AlwaysInterleave]
    Task<RunOutline?> GetOutline();
}
