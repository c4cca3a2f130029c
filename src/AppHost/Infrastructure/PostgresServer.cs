namespace Kazynashylyk.AppHost.Infrastructure;

/// <summary>The PostgreSQL server process; every service gets its own database on it.</summary>
public sealed record PostgresServer(
    IResourceBuilder<ExecutableResource> Server,
    int Port,
    IResourceBuilder<ParameterResource> Password)
{
    /// <summary>The connection string resource of one database (created by the owning service's migrations).</summary>
    public IResourceBuilder<IResourceWithConnectionString> Database(
        IDistributedApplicationBuilder builder,
        string database) =>
        builder.AddConnectionString(
            database,
            ReferenceExpression.Create(
                $"Host=127.0.0.1;Port={Port.ToString(System.Globalization.CultureInfo.InvariantCulture)};"
                + $"Database={database};Username=postgres;Password={Password}"));
}
