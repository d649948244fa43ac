namespace Forecast.Hosting;

/// <summary>Where silos find each other and keep grain state.</summary>
public enum ClusterMode
{
    /// <summary>One silo on loopback with in-memory state: the laptop default, nothing to install.</summary>
    Embedded,

    /// <summary>Any number of silos sharing a PostgreSQL database for membership and grain state.</summary>
    Postgres,
}
