namespace Kazynashylyk.EndToEnd.Tests;

/// <summary>Every end-to-end test shares one running AppHost.</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "AppHost";
}
