using System.Net;

namespace Forecast.Server.Security;

/// <summary>
/// Logs refused credentials at a bounded rate: the first at once, then at most one line per
/// <see cref="Interval"/>, which counts the failures not logged one by one since. Someone trying tokens by the
/// thousand is seen without the log growing by a line per try.
/// </summary>
public sealed partial class AuthenticationFailureLog(TimeProvider time, ILogger<AuthenticationFailureLog> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _loggedAt = DateTimeOffset.MinValue;
    private long _unlogged;

    /// <param name="credential">Which token was wrong: "writer" or "operator".</param>
    public void Failed(string credential, IPAddress? from)
    {
        long unlogged;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _loggedAt < Interval)
            {
                _unlogged++;
                return;
            }

            unlogged = _unlogged;
            _unlogged = 0;
            _loggedAt = now;
        }

        LogFailed(logger, credential, from?.ToString() ?? "unknown", unlogged, Interval);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A wrong {Credential} token was presented from {From}; {Unlogged} more failures in the {Interval} before went unlogged")]
    private static partial void LogFailed(ILogger logger, string credential, string from, long unlogged, TimeSpan interval);
}
