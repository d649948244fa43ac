using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Forecast.Server.Tests;

/// <summary>Operators open the Orleans dashboard with their own credential, in a browser (a cookie) or a script (a bearer).</summary>
[Collection(ServerCollection.Name)]
public sealed class OrleansDashboardTests(ServerFixture server)
{
    private static FormUrlEncodedContent Form(string token) => new([KeyValuePair.Create("token", token)]);

    private async Task<string> SignIn()
    {
        using var http = server.Bare();
        var response = await http.PostAsync("/operator/login?returnUrl=%2Fdashboard%2F", Form(ServerFixture.OperatorToken));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forecast-operator=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_browser_without_a_credential_is_sent_to_the_operator_sign_in_form()
    {
        using var http = server.Bare();

        var response = await http.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/operator/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var form = await http.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("type=\"password\" name=\"token\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operator_token_signed_in_gives_an_HttpOnly_SameSite_Strict_cookie_that_opens_the_dashboard()
    {
        var cookie = await SignIn();

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var http = server.Bare();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_operator_token_is_refused_and_gets_no_cookie()
    {
        using var http = server.Bare();

        var response = await http.PostAsync("/operator/login", Form(ServerFixture.OperatorToken + "x"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_writer_token_does_not_open_the_dashboard_nor_sign_an_operator_in()
    {
        using var http = server.Bare();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.WriterToken);

        var dashboard = await http.SendAsync(request);
        var login = await http.PostAsync("/operator/login", Form(ServerFixture.WriterToken));

        Assert.Equal(HttpStatusCode.Forbidden, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task A_script_opens_the_dashboard_with_the_operator_token_as_a_bearer()
    {
        using var http = server.Bare();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.OperatorToken);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var cookie = (await SignIn()).Split(';')[0];
        using var http = server.Bare();
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/operator/logout");
        logout.Headers.Add("Cookie", cookie);

        var response = await http.SendAsync(logout);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("forecast-operator=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_sign_in_form_sends_the_browser_back_only_to_a_path_on_this_server()
    {
        using var http = server.Bare();

        var response = await http.PostAsync("/operator/login?returnUrl=https%3A%2F%2Fevil.example%2F", new StringContent("token=" + Uri.EscapeDataString(ServerFixture.OperatorToken), Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/dashboard/", response.Headers.Location!.OriginalString);
    }
}
