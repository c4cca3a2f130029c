using Kazynashylyk.ServiceDefaults.Health;

namespace Kazynashylyk.Gateway.Health;

/// <summary>One service inside <see cref="GatewayHealth"/>.</summary>
public sealed record ServiceHealthEntry
{
    public required string Name { get; init; }

    public required string Status { get; init; }

    public IReadOnlyList<CheckHealth> Checks { get; init; } = [];

    /// <summary>Why the gateway got no report from the service, when it got none.</summary>
    public string? Error { get; init; }
}
