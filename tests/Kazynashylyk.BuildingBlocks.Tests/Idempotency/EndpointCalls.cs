using System.Collections.Concurrent;

namespace Kazynashylyk.BuildingBlocks.Tests.Idempotency;

/// <summary>How many times each test endpoint's handler actually ran.</summary>
public sealed class EndpointCalls
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int Next(string endpoint) => _counts.AddOrUpdate(endpoint, 1, (_, count) => count + 1);

    public int Count(string endpoint) => _counts.GetValueOrDefault(endpoint);
}
