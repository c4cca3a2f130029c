using System.Net;
using System.Text;

namespace Kazynashylyk.Gateway.Tests;

public sealed class HeaderValueTests
{
    [Theory]
    [InlineData("X-Note", "ключ")]
    [InlineData("Idempotency-Key", "кілт-1")]
    public async Task Proxy_NonAsciiHeaderValue_Is400NamingTheHeaderAndNotForwarded(string header, string value)
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(backend: backend);
        using var utf8Client = new HttpClient(new SocketsHttpHandler
        {
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        })
        {
            BaseAddress = gateway.Client.BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registration/reference/roles");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await utf8Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains($"the header {header} holds", StringComparison.Ordinal), body);
        Assert.Empty(backend.Received);
    }
}
