using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Kazynashylyk.AppHost.Infrastructure;
using Kazynashylyk.EndToEnd.Tests.Security;

namespace Kazynashylyk.EndToEnd.Tests;

/// <summary>
/// Boots the whole AppHost once for the test run: servers, services and gateway, on a data folder of its own
/// (so a system started by <c>./run.sh</c> is not disturbed) that is deleted afterwards.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly string dataDirectory = Path.Combine("/var/tmp", $"kazynashylyk-e2e-{Guid.NewGuid():N}");
    private DistributedApplication? app;

    /// <summary>How long a login challenge lives in this run (shortened so that its expiry can be tested).</summary>
    public static readonly TimeSpan LoginChallengeLifetime = TimeSpan.FromSeconds(10);

    /// <summary>When a stalled onboarding expires in this run (shortened so that its expiry can be tested).</summary>
    public static readonly TimeSpan OnboardingExpireAfter = TimeSpan.FromSeconds(150);

    /// <summary>The AppHost's data folder for this run (servers' data, the development CA).</summary>
    public string DataDirectory => dataDirectory;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The AppHost has not started.");

    /// <summary>
    /// The gateway as <see cref="SignedInUserId"/>, a client's user: a request without an Authorization header of
    /// its own gets a fresh valid token (<see cref="TestTokens.For"/>).
    /// </summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The gateway without a token: for <c>/health</c>, the anonymous routes and the 401 answers.</summary>
    public HttpClient AnonymousGateway { get; private set; } = null!;

    /// <summary>The system user <see cref="Gateway"/> signs in as.</summary>
    public Guid SignedInUserId { get; } = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Kazynashylyk_AppHost>(
            [
                $"--Kazynashylyk:DataDirectory={dataDirectory}",
                $"--Kazynashylyk:LoginChallengeLifetime={LoginChallengeLifetime:c}",
                $"--Kazynashylyk:OnboardingExpireAfter={OnboardingExpireAfter:c}",
                $"--Kazynashylyk:GatewayPort={FreePorts.Take()}",
                $"--Kazynashylyk:Smtp4devWebPort={FreePorts.Take()}",
                $"--Kazynashylyk:Smtp4devSmtpPort={FreePorts.Take()}",
            ],
            (options, _) =>
            {
                options.DisableDashboard = true;
                options.AllowUnsecuredTransport = true;
            },
            timeout.Token);

        app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);

        AnonymousGateway = app.CreateHttpClient("gateway", "http");
        Gateway = new HttpClient(
            new BearerTokenHandler(() => TestTokens.For(SignedInUserId)) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = app.GetEndpoint("gateway", "http"),
        };
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        AnonymousGateway?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>The connection string a resource hands to the services, for tests that go to a server.</summary>
    public async Task<string> ConnectionStringAsync(string name) =>
        await App.GetConnectionStringAsync(name)
        ?? throw new InvalidOperationException($"No connection string named '{name}'.");
}
