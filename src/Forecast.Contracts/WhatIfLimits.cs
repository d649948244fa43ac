namespace Forecast.Contracts;

/// <summary>The bounds of a what-if, in one place for the API and the grain: it is read-only and needs no credential, so each answer must stay cheap.</summary>
public static class WhatIfLimits
{
    public const int MinPaths = 1;

    /// <summary>Paths a what-if runs at most (and by default): a pair's own Monte Carlo answers in milliseconds.</summary>
    public const int MaxPaths = 10_000;

    /// <summary>The spread scale: 0 leaves only the factors, 10 is already far beyond any belief.</summary>
    public const double MaxSpreadScale = 10;

    /// <summary>Loadings a what-if may change: a pair loads on a handful of factors.</summary>
    public const int MaxLoadings = 16;

    /// <summary>A pace's magnitude in planners' terms (units, %/yr or pp/yr a year): beyond it, a typo.</summary>
    public const double MaxPace = 1e12;
}
