using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kazynashylyk.EndToEnd.Tests.Security;

namespace Kazynashylyk.EndToEnd.Tests;

/// <summary>
/// The gateway's token check in the running system. The Agreements bus probe serves as the protected call: the
/// Agreements service checks no token of its own there, so a 401 can only be the gateway's.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class GatewayAuthenticationTests(AppHostFixture fixture)
{
    private const string ProtectedPath = "/api/agreements/platform/bus-probe/agreements";

    [Fact]
    public async Task Gateway_NoToken_Returns401ProblemDetailsWithoutReachingTheService()
    {
        using var response = await fixture.AnonymousGateway.GetAsync(ProtectedPath);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("The request carries no bearer token.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Gateway_ExpiredToken_Returns401ProblemDetails()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ProtectedPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Expired(Guid.NewGuid()));

        using var response = await fixture.AnonymousGateway.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authentication is required.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Gateway_TreasuryOperatorToken_ForwardedAndAnswered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ProtectedPath);
        request.Headers.Authorization =
            new AuthenticationHeaderValue("Bearer", TestTokens.Operator(Guid.NewGuid(), "0101"));

        using var response = await fixture.AnonymousGateway.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("agreements", body.GetProperty("respondedBy").GetString());
    }

    [Fact]
    public async Task Gateway_RegistrationReferenceWithoutToken_ReachesTheService()
    {
        // The Registration service has no such list: its own 404 proves the gateway let the call through.
        using var response = await fixture.AnonymousGateway.GetAsync("/api/registration/reference/no-such-list");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
