namespace Kazynashylyk.BuildingBlocks.Tests.Infrastructure;

/// <summary>All integration tests share the servers and run one after another (one of them stops the broker).</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "servers";
}
