namespace Kazynashylyk.ServiceDefaults.Health;

/// <summary>The JSON body of a service's <c>/health</c> answer.</summary>
public sealed record ServiceHealth
{
    public required string Service { get; init; }

    public required string Status { get; init; }

    public double DurationMs { get; init; }

    public IReadOnlyList<CheckHealth> Checks { get; init; } = [];
}
