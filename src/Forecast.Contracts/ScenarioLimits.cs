namespace Forecast.Contracts;

/// <summary>
/// The bounds a scenario must keep, shared by the file reader (which names the line) and the run grain (which checks
/// again, since a client may send a scenario built in code). A value outside them is a typo, not a belief.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>A scenario file larger than this is not a scenario someone wrote by hand.</summary>
    public const int MaxFileBytes = 1 << 20;

    public const int MinPaths = 1;

    /// <summary>The Monte Carlo kernel's own bound; 10,000 paths already give P(meet) to ±0.005.</summary>
    public const int MaxPaths = 1_000_000;

    /// <summary>Years a scenario may name (as-of, horizon, shocks, observations).</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    /// <summary>A yearly spread in log or logit units; 5 is ×150 a year.</summary>
    public const double MaxSpread = 5;

    /// <summary>A shock's yearly shift in log units; ±1 is ×2.7 or ÷2.7 a year.</summary>
    public const double MaxShift = 1;

    /// <summary>A factor loading β.</summary>
    public const double MaxLoading = 10;

    public const int MaxScope = 1_000;

    public const int MaxFactors = 32;

    public const int MaxLoadingsPerFactor = 1_000;

    public const int MaxShocks = 256;

    public const int MaxOverrides = 10_000;

    public const int MaxObservationsPerOverride = 100;

    public const int MaxIdLength = 64;

    public const int MaxTextLength = 1_000;
}
