using System.Net;
using System.Net.Sockets;
using Kazynashylyk.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kazynashylyk.Gateway.Tests;

/// <summary>
/// The real gateway pipeline on a loopback port, signing key <see cref="TestTokens.SigningKey"/>. Every service
/// points at the given <see cref="FakeBackend"/>, or else at a port where nothing listens, so what the gateway
/// does on its own (errors, limits, health, tokens) can be seen without the services.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private GatewayHost(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<GatewayHost> StartAsync(int permitsPerWindow = 1000, FakeBackend? backend = null)
    {
        var serviceAddress = backend?.Address.ToString().TrimEnd('/') ?? $"http://127.0.0.1:{ClosedPort()}";
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitsPerWindow"] =
                permitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimit:WindowSeconds"] = "60",
            ["Gateway:HealthTimeoutSeconds"] = "2",
            ["Jwt:SigningKey"] = TestTokens.SigningKey,
            ["services:registration-api:http:0"] = serviceAddress,
            ["services:signature-api:http:0"] = serviceAddress,
            ["services:agreements-api:http:0"] = serviceAddress,
            ["services:notifications-api:http:0"] = serviceAddress,
        });
        builder.AddServiceDefaults();
        builder.AddGateway();

        var app = builder.Build();
        app.UseGateway();
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.First();

        return new GatewayHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return port;
    }
}
