using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class BusRoundTripTests(AppHostFixture fixture)
{
    [Theory]
    [InlineData("registration", "signature")]
    [InlineData("signature", "agreements")]
    [InlineData("agreements", "notifications")]
    [InlineData("notifications", "registration")]
    public async Task BusProbe_ThroughRabbitMq_TargetServiceAnswers(string from, string target)
    {
        var segment = from == "signature" ? "signatures" : from;

        using var response = await fixture.Gateway.GetAsync($"/api/{segment}/platform/bus-probe/{target}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(from, body.GetProperty("requestedBy").GetString());
        Assert.Equal(target, body.GetProperty("respondedBy").GetString());
    }

    [Fact]
    public async Task BusProbe_UnknownTarget_Returns400ProblemDetails()
    {
        using var response = await fixture.Gateway.GetAsync("/api/registration/platform/bus-probe/payroll");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Unknown service.", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Gateway_ConcurrentRequests_SpreadOverBothSignatureReplicas()
    {
        // The AppHost's proxy spreads connections over the replicas; concurrent requests open several connections.
        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ =>
            fixture.Gateway.GetFromJsonAsync<JsonElement>("/api/signatures/platform/bus-probe/signature")));

        var instances = answers.Select(a => a.GetProperty("requestedByInstance").GetString()).Distinct().Count();
        Assert.Equal(2, instances);
    }
}
