namespace Forecast.Cli;

/// <summary>The process exit codes every command keeps to, so scripts can tell bad input from a failure.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something went wrong while working on valid input.</summary>
    public const int Failure = 1;

    /// <summary>The input (a file, an option, the catalog) is invalid; the message names where.</summary>
    public const int InvalidInput = 2;
}
