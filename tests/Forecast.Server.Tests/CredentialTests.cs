using System.Net;
using Forecast.Catalog.Tests;
using Forecast.Hosting;
using Forecast.Server.Api;
using Forecast.Server.Security;
using Microsoft.Extensions.Logging;

namespace Forecast.Server.Tests;

/// <summary>Tokens long enough to resist guessing, one for writers and another for operators, and refused ones logged at a bounded rate.</summary>
public sealed class CredentialTests
{
    private static string[] Args(params string[] extra) =>
    [
        "--urls=http://127.0.0.1:0",
        $"--Forecast:DataDirectory={ShippedCatalog.Directory}",
        "--Forecast:Api:StartupScenario=",
        .. extra,
    ];

    [Theory]
    [InlineData("WriterToken")]
    [InlineData("OperatorToken")]
    public void A_token_shorter_than_32_characters_stops_the_server_naming_the_setting(string key)
    {
        var e = Assert.Throws<ForecastConfigurationException>(() => ForecastServer.Build(Args($"--Forecast:Api:{key}=only-31-characters-long-0123456")));

        Assert.Contains($"Forecast:Api:{key} is 31 characters; use at least 32", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_operator_token_may_not_be_the_writer_token()
    {
        var token = new string('w', 40);

        var e = Assert.Throws<ForecastConfigurationException>(() => ForecastServer.Build(Args($"--Forecast:Api:WriterToken={token}", $"--Forecast:Api:OperatorToken={token}")));

        Assert.Contains("OperatorToken is the writer token", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_without_tokens_says_at_start_that_it_is_read_only_and_its_dashboard_closed()
    {
        var warnings = new ForecastApiOptions().CredentialWarnings();

        Assert.Contains(warnings, w => w.StartsWith("No writer token", StringComparison.Ordinal) && w.Contains("read-only", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("No operator token", StringComparison.Ordinal));
        Assert.Empty(new ForecastApiOptions { WriterToken = new string('w', 32), OperatorToken = new string('o', 32) }.CredentialWarnings());
    }

    [Fact]
    public void Refused_tokens_are_logged_at_most_once_a_minute_with_a_count_of_the_rest()
    {
        var clock = new ManualClock();
        var logger = new ListLogger<AuthenticationFailureLog>();
        var log = new AuthenticationFailureLog(clock, logger);

        for (var i = 0; i < 1_000; i++)
        {
            log.Failed("writer", IPAddress.Loopback);
            clock.Advance(TimeSpan.FromMilliseconds(100)); // 1,000 tries over 100 s
        }

        Assert.Equal(2, logger.Lines.Count);
        Assert.Contains("0 more failures", logger.Lines[0], StringComparison.Ordinal);
        Assert.Contains("599 more failures", logger.Lines[1], StringComparison.Ordinal);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
