namespace Forecast.Cli;

/// <summary>Where <c>forecast observe</c> records: the catalog folder (embedded, the default) or a running server.</summary>
/// <param name="Data">The catalog folder; null finds it as every command does.</param>
/// <param name="Write">False (the default) checks and prints what would be recorded, changing nothing.</param>
/// <param name="Server">A server's base address ("http://127.0.0.1:5080"); null records into the catalog folder.</param>
/// <param name="Token">The server's writer token.</param>
internal sealed record ObserveTarget(string? Data, bool Write, string? Server, string? Token);
