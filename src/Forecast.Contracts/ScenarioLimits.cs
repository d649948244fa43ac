namespace Forecast.Contracts;

/// <summary>
/// The bounds a scenario must keep, in one place for everything that reads one (the CLI's YAML reader, the HTTP API,
/// the run grain), so a file the CLI accepts is never refused by the silo, nor the other way round.
/// </summary>
public static class ScenarioLimits
{
    public const int MinPaths = 1;

    /// <summary>Paths per pair: a bound on the memory and time one request can ask for.</summary>
    public const int MaxPaths = 1_000_000;

    /// <summary>The earliest as-of, shock or observation year: the seeds' plans start in the 2020s.</summary>
    public const int MinYear = 2000;

    /// <summary>The latest year a scenario may name: far beyond any plan, within the kernel's 100 simulated years.</summary>
    public const int MaxYear = 2100;

    public const int MaxIdLength = 100;

    public const int MaxTitleLength = 500;

    /// <summary>Per list (scope, factors, loadings, shocks, overrides, an override's observations).</summary>
    public const int MaxItems = 1_000;

    /// <summary>A factor's yearly spread or a pair's stated spread, in log (or logit) units: 5 is already absurd.</summary>
    public const double MaxSpread = 5;

    /// <summary>A factor loading β: beyond ±10 it is a typo, not a belief (the priors file keeps the same bound).</summary>
    public const double MaxLoading = 10;

    /// <summary>An observation's source or recorder, and a scenario's names.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Observations may be recorded up to this many years after a pair's last figure (later outturns of the plan).</summary>
    public const int ObservationYearsAfterPlan = 5;

    /// <summary>A shock's yearly shift in log units (±2 ≈ a factor of 7 a year).</summary>
    public const double MaxShift = 2;
}
