namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>The servers the services need, each started as a local process.</summary>
public sealed record LocalServers(PostgresServer Postgres, LocalServer Redis, LocalServer RabbitMq, LocalServer Smtp);
