namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>The tests that need only Redis share one server.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisFixture>
{
    public const string Name = "redis";
}
