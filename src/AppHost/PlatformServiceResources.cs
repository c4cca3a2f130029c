using Kazynashylyk.AppHost.Infrastructure;

namespace Kazynashylyk.AppHost;

/// <summary>How the AppHost adds one of the four services: its database, Redis, the bus, its health check.</summary>
public static class PlatformServiceResources
{
    /// <summary>
    /// Adds the service project as resource <c>{service}-api</c> with the connection strings <c>{service}db</c>,
    /// <c>redis</c> and <c>rabbitmq</c>, started once the three servers are healthy.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder,
        string service,
        LocalServers servers)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>($"{service}-api")
            .WithReference(servers.Postgres.Database(builder, $"{service}db"))
            .WithReference(servers.Redis.Connection)
            .WithReference(servers.RabbitMq.Connection)
            .WaitFor(servers.Postgres.Server)
            .WaitFor(servers.Redis.Server)
            .WaitFor(servers.RabbitMq.Server)
            .WithHttpHealthCheck("/health");
}
