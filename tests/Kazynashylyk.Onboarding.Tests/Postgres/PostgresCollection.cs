namespace Kazynashylyk.Onboarding.Tests.Postgres;

/// <summary>The tests that share the PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
