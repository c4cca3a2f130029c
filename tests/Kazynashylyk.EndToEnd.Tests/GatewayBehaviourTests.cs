using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class GatewayBehaviourTests(AppHostFixture fixture)
{
    [Fact]
    public async Task Gateway_UnknownRoute_Returns404ProblemDetails()
    {
        using var response = await fixture.AnonymousGateway.GetAsync("/api/payroll/anything");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Gateway_CallerCorrelationId_EchoedOnceAndForwarded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/agreements/platform/bus-probe/payroll");
        request.Headers.Add("X-Correlation-Id", "onboarding-42");

        using var response = await fixture.Gateway.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(["onboarding-42"], response.Headers.GetValues("X-Correlation-Id"));
        Assert.Equal("onboarding-42", body.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task Gateway_NoCorrelationId_MakesOne()
    {
        using var response = await fixture.AnonymousGateway.GetAsync("/health");

        var correlationId = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        Assert.Equal(32, correlationId.Length);
    }

    [Fact]
    public async Task Gateway_BrowserAcceptingHtml_StillGetsProblemJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/payroll/anything");
        request.Headers.Add("Accept", "text/html");

        using var response = await fixture.AnonymousGateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Alive_Post_Returns405()
    {
        using var response = await fixture.AnonymousGateway.PostAsync("/alive", new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
