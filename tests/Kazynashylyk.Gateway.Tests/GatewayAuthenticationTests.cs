using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kazynashylyk.Gateway.Routing;
using Kazynashylyk.Gateway.Security;

namespace Kazynashylyk.Gateway.Tests;

public sealed class GatewayAuthenticationTests
{
    [Fact]
    public async Task Proxy_NoToken_Returns401ProblemDetailsAndDoesNotForward()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(backend: backend);

        using var response = await gateway.Client.GetAsync("/api/agreements/agreements");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("Authentication is required.", problem.GetProperty("title").GetString());
        Assert.Equal("The request carries no bearer token.", problem.GetProperty("detail").GetString());
        Assert.Empty(backend.Received);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("expired")]
    [InlineData("wrong-issuer")]
    [InlineData("not-a-jwt")]
    public async Task Proxy_InvalidToken_Returns401ProblemDetailsAndDoesNotForward(string kind)
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(backend: backend);
        var userId = Guid.NewGuid();
        var token = kind switch
        {
            "forged" => TestTokens.Forged(userId),
            "expired" => TestTokens.Expired(userId),
            "wrong-issuer" => TestTokens.WrongIssuer(userId),
            _ => "not.a.jwt",
        };
        using var request = WithToken(HttpMethod.Post, "/api/signatures/verify", token);

        using var response = await gateway.Client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(
            "The bearer token is not valid: wrong signature, issuer or audience, or expired.",
            problem.GetProperty("detail").GetString());
        Assert.Empty(backend.Received);
    }

    [Fact]
    public async Task Proxy_ValidToken_ForwardedWithTheAuthorizationHeaderUnchanged()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(backend: backend);
        var token = TestTokens.Valid(Guid.NewGuid());
        using var request = WithToken(HttpMethod.Get, "/api/notifications/feed", token);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(backend.Received);
        Assert.Equal(new ForwardedRequest("GET", "/api/notifications/feed", $"Bearer {token}"), forwarded);
    }

    [Theory]
    [InlineData("POST", "/api/registration/login/challenge")]
    [InlineData("POST", "/api/registration/login")]
    [InlineData("POST", "/api/registration/registrations")]
    [InlineData("GET", "/api/registration/registrations/6f1c2a9e-33b4-4f0e-9d47-0c1f5e8a7b21")]
    [InlineData("PUT", "/api/registration/registrations/6f1c2a9e-33b4-4f0e-9d47-0c1f5e8a7b21/form")]
    [InlineData("GET", "/api/registration/reference/territorial-units")]
    [InlineData("GET", "/api/registration/reference/document-types/kk")]
    public async Task Proxy_AnonymousRoute_ForwardedWithoutToken(string method, string path)
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(backend: backend);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new ForwardedRequest(method, path, string.Empty), Assert.Single(backend.Received));
    }

    [Theory]
    [InlineData("GET", "/api/registration/login")]
    [InlineData("POST", "/api/registration/login/challenge/again")]
    [InlineData("DELETE", "/api/registration/reference/territorial-units")]
    [InlineData("GET", "/api/registration/registrations-archive")]
    [InlineData("GET", "/api/registration/system-users")]
    [InlineData("POST", "/api/agreements/registrations")]
    [InlineData("GET", "/api/signatures/reference/territorial-units")]
    public async Task Proxy_NeighbourOfAnAnonymousRoute_Returns401WithoutToken(string method, string path)
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(backend: backend);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(backend.Received);
    }

    [Fact]
    public async Task Alive_NoToken_Returns200()
    {
        await using var gateway = await GatewayHost.StartAsync();

        using var response = await gateway.Client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Routes_Every_NamesTheTokenOrTheAnonymousPolicyAndOnlyRegistrationIsAnonymous()
    {
        var routes = ServiceRoutes.Routes(maxRequestBodyBytes: 1024);
        string[] policies = [GatewayAuthorization.TokenPolicy, GatewayAuthorization.AnonymousPolicy];

        Assert.All(routes, route => Assert.Contains(route.AuthorizationPolicy, policies));
        Assert.Equal(
            ["registration"],
            routes.Where(r => r.AuthorizationPolicy == GatewayAuthorization.AnonymousPolicy)
                .Select(r => r.ClusterId).Distinct());
        Assert.Equal(
            ["registration", "signature", "agreements", "notifications"],
            routes.Where(r => r.AuthorizationPolicy == GatewayAuthorization.TokenPolicy).Select(r => r.RouteId));
    }

    private static HttpRequestMessage WithToken(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        return request;
    }
}
