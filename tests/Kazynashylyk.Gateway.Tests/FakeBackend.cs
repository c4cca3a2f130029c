using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.Gateway.Tests;

/// <summary>
/// A stand-in for every service behind the gateway, on a loopback port: it records each request it receives
/// and answers 200 with the method, path and Authorization header it saw.
/// </summary>
public sealed class FakeBackend : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ForwardedRequest> received;

    private FakeBackend(WebApplication app, ConcurrentQueue<ForwardedRequest> received, Uri address)
    {
        this.app = app;
        this.received = received;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What reached the backend, in arrival order.</summary>
    public IReadOnlyList<ForwardedRequest> Received => [.. received];

    public static async Task<FakeBackend> StartAsync()
    {
        var received = new ConcurrentQueue<ForwardedRequest>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();

        var app = builder.Build();
        app.Run(async context =>
        {
            var request = new ForwardedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Request.Headers.Authorization.ToString());
            received.Enqueue(request);
            await context.Response.WriteAsJsonAsync(request);
        });
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;

        return new FakeBackend(app, received, new Uri(addresses.Addresses.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
