using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests;

[Collection(AppHostCollection.Name)]
public sealed class GatewayHealthTests(AppHostFixture fixture)
{
    [Fact]
    public async Task Health_AllServicesUp_ListsFourHealthyServices()
    {
        using var response = await fixture.AnonymousGateway.GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var services = body.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(
            ["registration", "signature", "agreements", "notifications"],
            services.Select(s => s.GetProperty("name").GetString()));
        Assert.All(services, s => Assert.Equal("Healthy", s.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("registration", "RegistrationDbContext")]
    [InlineData("signature", "SignatureDbContext")]
    [InlineData("agreements", "AgreementsDbContext")]
    [InlineData("notifications", "NotificationsDbContext")]
    public async Task Health_EachService_ReachedItsDatabaseRedisAndBus(string service, string databaseCheck)
    {
        using var response = await fixture.AnonymousGateway.GetAsync("/health");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var checks = body.GetProperty("services").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == service)
            .GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks[databaseCheck]);
        Assert.Equal("Healthy", checks["StackExchange.Redis"]);
        Assert.Equal("Healthy", checks["masstransit-bus"]);
    }
}
