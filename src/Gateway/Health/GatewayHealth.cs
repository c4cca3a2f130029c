namespace Kazynashylyk.Gateway.Health;

/// <summary>The gateway's <c>/health</c> body: its overall status and each service's.</summary>
public sealed record GatewayHealth
{
    public required string Status { get; init; }

    public required IReadOnlyList<ServiceHealthEntry> Services { get; init; }
}
