using System.Globalization;
using Kazynashylyk.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using IConnectionMultiplexer = StackExchange.Redis.IConnectionMultiplexer;
using IDatabase = StackExchange.Redis.IDatabase;

namespace Kazynashylyk.BuildingBlocks.Tests.Idempotency;

/// <summary>
/// A web process wired as a service is (<c>AddServiceDefaults</c>, <c>AddSharedRedis</c>,
/// <c>UseServiceDefaults</c>) on a real Redis, with endpoints that count how often their handler runs.
/// </summary>
public sealed class IdempotencyTestHost : IAsyncDisposable
{
    /// <summary>The size of the <c>/large</c> answer, over the 1 MB that is stored.</summary>
    public const int LargeBodyBytes = 2 * 1024 * 1024;

    private readonly WebApplication _app;

    private IdempotencyTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public EndpointCalls Calls => _app.Services.GetRequiredService<EndpointCalls>();

    public IDatabase Redis => _app.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    public static async Task<IdempotencyTestHost> StartAsync(string redisConnectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = redisConnectionString,
            ["Idempotency:Retention"] = "01:00:00",
        });
        builder.AddServiceDefaults();
        builder.AddSharedRedis();
        builder.Services.AddSingleton<EndpointCalls>();

        var app = builder.Build();
        app.UseServiceDefaults();
        MapEndpoints(app);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;

        return new IdempotencyTestHost(app, new HttpClient { BaseAddress = new Uri(addresses.Addresses.First()) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapPost("/orders", async (HttpRequest request, EndpointCalls calls) =>
        {
            var number = calls.Next("orders");
            using var reader = new StreamReader(request.Body);
            var received = await reader.ReadToEndAsync();

            return TypedResults.Created($"/orders/{number}", new { number, received });
        });
        app.MapPost("/slow-orders", async (EndpointCalls calls) =>
        {
            var number = calls.Next("slow-orders");
            await Task.Delay(TimeSpan.FromMilliseconds(500));

            return TypedResults.Created($"/slow-orders/{number}", new { number });
        });
        app.MapGet("/orders", (EndpointCalls calls) => TypedResults.Ok(new { number = calls.Next("list-orders") }));
        app.MapPost("/flaky", (EndpointCalls calls) => calls.Next("flaky") == 1
            ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Not now.")
            : Results.Ok(new { attempt = 2 }));
        app.MapPost("/throws", IResult (EndpointCalls calls) =>
        {
            var attempt = calls.Next("throws");
            throw new InvalidOperationException(
                $"Attempt {attempt.ToString(CultureInfo.InvariantCulture)} fails on purpose.");
        });
        app.MapPost("/large", (EndpointCalls calls) =>
        {
            calls.Next("large");

            return TypedResults.Bytes(new byte[LargeBodyBytes], "application/octet-stream");
        });
    }
}
