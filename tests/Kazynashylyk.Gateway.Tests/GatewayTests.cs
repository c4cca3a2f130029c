using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.Gateway.Tests;

public sealed class GatewayTests
{
    [Fact]
    public async Task Proxy_ServiceDown_Returns502ProblemDetails()
    {
        await using var gateway = await GatewayHost.StartAsync();
        using var request = Authorized(HttpMethod.Get, "/api/agreements/anything");

        using var response = await gateway.Client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The service could not be reached.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task RateLimit_OverTheWindow_Returns429ProblemDetailsWithRetryAfter()
    {
        await using var gateway = await GatewayHost.StartAsync(permitsPerWindow: 3);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            using var request = Authorized(HttpMethod.Get, "/api/registration/anything");
            last = await gateway.Client.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.BadGateway,
                HttpStatusCode.TooManyRequests],
            statuses);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(last.Headers.RetryAfter);
        last.Dispose();
    }

    [Fact]
    public async Task Health_ServicesDown_Returns503NamingEachService()
    {
        await using var gateway = await GatewayHost.StartAsync(permitsPerWindow: 1);

        using var response = await gateway.Client.GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var services = body.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(
            ["registration", "signature", "agreements", "notifications"],
            services.Select(s => s.GetProperty("name").GetString()));
        Assert.All(services, s => Assert.Equal("unreachable", s.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task RateLimit_BrowserOverTheWindow_Gets429ProblemJsonNot500()
    {
        await using var gateway = await GatewayHost.StartAsync(permitsPerWindow: 1);

        using (var first = Authorized(HttpMethod.Get, "/api/signatures/verify"))
        {
            (await gateway.Client.SendAsync(first)).Dispose();
        }

        using var request = Authorized(HttpMethod.Get, "/api/signatures/verify");
        request.Headers.Add("Accept", "text/html");
        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Proxy_BrowserAndServiceDown_Gets502ProblemJson()
    {
        await using var gateway = await GatewayHost.StartAsync();

        using var request = Authorized(HttpMethod.Get, "/api/notifications/feed");
        request.Headers.Add("Accept", "text/html");
        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Proxy_BodyOverTheLimit_Returns413ProblemJson()
    {
        await using var gateway = await GatewayHost.StartAsync();
        // With Expect: 100-continue the client waits for the verdict on the headers before it uploads.
        using var request = Authorized(HttpMethod.Post, "/api/signatures/verify");
        request.Content = new ByteArrayContent(new byte[17 * 1024 * 1024]);
        request.Headers.ExpectContinue = true;

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Valid(Guid.NewGuid()));

        return request;
    }
}
