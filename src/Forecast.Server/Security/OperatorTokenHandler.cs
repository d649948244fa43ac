using System.Security.Claims;
using System.Text.Encodings.Web;
using Forecast.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Security;

/// <summary>
/// "Authorization: Bearer …" against the operator token, compared as <see cref="BearerTokenHandler"/> compares
/// every token. A wrong token (the writer's included) is refused and logged (<see cref="AuthenticationFailureLog"/>).
/// </summary>
public sealed class OperatorTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ForecastApiOptions> apiOptions,
    AuthenticationFailureLog failures)
    : BearerTokenHandler(schemeOptions, logger, encoder, apiOptions, failures)
{
    protected override string Holder => "operator";

    protected override string Realm => "forecast-operator";

    protected override string? ConfiguredToken(ForecastApiOptions options) => options.OperatorToken;

    protected override IEnumerable<Claim> Claims() => [new Claim(ClaimTypes.Name, ForecastOperator.Role), new Claim(ClaimTypes.Role, ForecastOperator.Role)];
}
