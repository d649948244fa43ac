using System.Security.Claims;
using System.Text.Encodings.Web;
using Forecast.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forecast.Server.Security;

/// <summary>The writer's bearer token, which every write under /api needs (<see cref="BearerTokenHandler"/>).</summary>
public sealed class WriterTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ForecastApiOptions> apiOptions,
    AuthenticationFailureLog failures)
    : BearerTokenHandler(schemeOptions, logger, encoder, apiOptions, failures)
{
    protected override string Holder => "writer";

    protected override string Realm => "forecast";

    protected override string? ConfiguredToken(ForecastApiOptions options) => options.WriterToken;

    protected override IEnumerable<Claim> Claims() => [new Claim(ClaimTypes.Name, "writer"), new Claim(ClaimTypes.Role, ForecastWriter.Policy)];
}
