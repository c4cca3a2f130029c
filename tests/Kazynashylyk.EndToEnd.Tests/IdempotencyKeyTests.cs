using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kazynashylyk.EndToEnd.Tests.Security;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class IdempotencyKeyTests(AppHostFixture fixture)
{
    [Fact]
    public async Task Verify_SameKeyTwiceThroughTheGateway_SecondReplaysTheSameStoredReport()
    {
        var cms = await TestPki.SignAsync("test-2026/legal/valid/head.p12", Encoding.UTF8.GetBytes("idempotent"));
        var body = new { cms, trustStore = "test", forensic = new { at = TestPki.PinnedTime } };
        var key = $"verify-{Guid.NewGuid():N}";
        // The key is scoped to the caller's token: a repeat is one made with the same token.
        var token = TestTokens.For(Guid.NewGuid());

        using var first = await PostAsync(body, key, token);
        using var repeat = await PostAsync(body, key, token);
        var firstReport = await first.Content.ReadFromJsonAsync<JsonElement>();
        var repeatReport = await repeat.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(["true"], repeat.Headers.GetValues("Idempotency-Replayed"));
        Assert.Equal(
            firstReport.GetProperty("reportId").GetString(), repeatReport.GetProperty("reportId").GetString());
    }

    [Fact]
    public async Task Verify_InvalidKeyThroughTheGateway_Returns400NamingTheHeader()
    {
        var token = TestTokens.For(Guid.NewGuid());

        using var response = await PostAsync(new { cms = "AAAA" }, new string('k', 201), token);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    private async Task<HttpResponseMessage> PostAsync(object body, string key, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/signatures/verify")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("Idempotency-Key", key);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        return await fixture.Gateway.SendAsync(request);
    }
}
