using Kazynashylyk.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Kazynashylyk.AppHost;

/// <summary>How the AppHost adds one of the four services: its database, Redis, the bus, its health check.</summary>
public static class PlatformServiceResources
{
    /// <summary>
    /// Adds the service project as resource <c>{service}-api</c> with the connection strings <c>{service}db</c>,
    /// <c>redis</c> and <c>rabbitmq</c>, started once the three servers are healthy.
    /// </summary>
    /// <remarks>
    /// The project's launch profile is not used: its fixed port would make two AppHosts on one machine share
    /// (and cross-wire) the same service addresses. Each start gets free ports instead.
    /// </remarks>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder,
        string service,
        LocalServers servers)
        where TProject : IProjectMetadata, new() =>
        builder.AddInternalProject<TProject>($"{service}-api")
            .WithReference(servers.Postgres.Database(builder, $"{service}db"))
            .WithReference(servers.Redis.Connection)
            .WithReference(servers.RabbitMq.Connection)
            .WaitFor(servers.Postgres.Server)
            .WaitFor(servers.Redis.Server)
            .WaitFor(servers.RabbitMq.Server)
            .WithHttpHealthCheck("/health");

    /// <summary>A project on a free port, in the AppHost's environment, without its launch profile.</summary>
    public static IResourceBuilder<ProjectResource> AddInternalProject<TProject>(
        this IDistributedApplicationBuilder builder,
        string name)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint(name: "http")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);

    /// <summary>
    /// Passes the AppHost setting <paramref name="setting"/> to the service as <paramref name="variable"/> when it is
    /// set (a test run shortens timeouts this way); otherwise the service keeps its own default.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithSettingWhenSet(
        this IResourceBuilder<ProjectResource> service,
        IConfiguration configuration,
        string setting,
        string variable)
    {
        var value = configuration[setting];

        return string.IsNullOrWhiteSpace(value) ? service : service.WithEnvironment(variable, value);
    }
}
