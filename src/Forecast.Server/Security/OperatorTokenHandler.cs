using System.Security.Claims;
using System.Text.Encodings.Web;
using Forecast.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Security;

/// <summary>
/// "Authorization: Bearer …" against the operator token, compared as <see cref="WriterTokenHandler"/> compares the
/// writer's. A wrong token (the writer's included) is refused and logged (<see cref="AuthenticationFailureLog"/>).
/// </summary>
public sealed class OperatorTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ForecastApiOptions> apiOptions,
    AuthenticationFailureLog failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.NoResult());

        var presented = header.AsSpan(BearerPrefix.Length).Trim();
        var configured = apiOptions.CurrentValue.OperatorToken;
        if (string.IsNullOrEmpty(configured) || presented.IsEmpty || !WriterTokenHandler.SameSecret(presented, configured))
        {
            failures.Failed("operator", Context.Connection.RemoteIpAddress);
            return Task.FromResult(AuthenticateResult.Fail("the bearer token is not the operator token"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, ForecastOperator.Role), new Claim(ClaimTypes.Role, ForecastOperator.Role)], ForecastOperator.TokenScheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ForecastOperator.TokenScheme)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = result.Failure is not null ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        if (result.Failure is null)
            Response.Headers.WWWAuthenticate = "Bearer realm=\"forecast-operator\"";
    }
}
