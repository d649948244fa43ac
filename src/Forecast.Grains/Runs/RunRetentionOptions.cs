namespace Forecast.Grains.Runs;

/// <summary>
/// The <c>Forecast:Runs</c> section: how many finished runs a cluster keeps, and how long a run's grain stays in memory
/// when nobody asks it anything. Every run's result (about a megabyte for the seed catalog: its jurisdictions' parts, its
/// outline and its snapshot of observations) stays in storage for good, so neither may grow with the number of scenarios ever posted.
/// </summary>
public sealed class RunRetentionOptions
{
    public const string Section = "Forecast:Runs";

    /// <summary>
    /// Finished runs (completed or failed) kept, results and all; when one more finishes, the one least recently started
    /// or finished is forgotten: its stored state is cleared and a scenario whose every run is forgotten has no lights
    /// until it runs again. The server's startup run is kept besides these. Running runs are never forgotten.
    /// </summary>
    public int MaxFinishedRuns { get; set; } = 64;

    /// <summary>
    /// How long a run's grain stays active after its last call (Orleans' collection age for it; the default for other
    /// grains is 15 minutes). A running run keeps itself active; a finished one goes, and comes back from storage when
    /// asked again. At least a minute: Orleans looks for idle grains once a minute (its collection quantum) anyway.
    /// </summary>
    public TimeSpan IdleRunCollectionAge { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The settings at fault, one line each; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxFinishedRuns < 1)
            errors.Add($"{Section}:MaxFinishedRuns must be at least 1 (was {MaxFinishedRuns})");
        if (IdleRunCollectionAge < TimeSpan.FromMinutes(1))
            errors.Add($"{Section}:IdleRunCollectionAge must be at least 00:01:00 (was {IdleRunCollectionAge})");
        return errors;
    }
}
