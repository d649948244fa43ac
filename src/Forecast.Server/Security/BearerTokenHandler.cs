using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Forecast.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Security;

/// <summary>
/// Authenticates "Authorization: Bearer …" against a configured token. Both are hashed with SHA-256 first and the
/// digests compared with <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the token's content nor its
/// length leaks through timing. No header: no identity (401). A wrong token, or none configured: 403, and logged at a
/// bounded rate (<see cref="AuthenticationFailureLog"/>).
/// </summary>
public abstract class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ForecastApiOptions> apiOptions,
    AuthenticationFailureLog failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Whose token this is, for the failure log and the message ("writer", "operator").</summary>
    protected abstract string Holder { get; }

    /// <summary>The realm a 401 names.</summary>
    protected abstract string Realm { get; }

    protected abstract string? ConfiguredToken(ForecastApiOptions options);

    /// <summary>The claims of a caller that presented the token.</summary>
    protected abstract IEnumerable<Claim> Claims();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.NoResult());

        var presented = header.AsSpan(BearerPrefix.Length).Trim();
        var configured = ConfiguredToken(apiOptions.CurrentValue);
        if (string.IsNullOrEmpty(configured) || presented.IsEmpty || !SameSecret(presented, configured))
        {
            failures.Failed(Holder, Context.Connection.RemoteIpAddress);
            return Task.FromResult(AuthenticateResult.Fail($"the bearer token is not the {Holder} token"));
        }

        var identity = new ClaimsIdentity(Claims(), Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    /// <summary>A token was presented but is not this one: that is 403, not a request to authenticate.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (result.Failure is not null)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"Bearer realm=\"{Realm}\"";
    }

    internal static bool SameSecret(ReadOnlySpan<char> presented, string configured)
    {
        Span<byte> a = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> b = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented.ToString()), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(configured), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
