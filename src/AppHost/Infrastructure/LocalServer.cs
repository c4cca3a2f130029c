namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>A server process and the connection string the services receive for it.</summary>
public sealed record LocalServer(
    IResourceBuilder<ExecutableResource> Server,
    IResourceBuilder<IResourceWithConnectionString> Connection);
