namespace Kazynashylyk.ServiceDefaults.Health;

/// <summary>One dependency check inside a <see cref="ServiceHealth"/>.</summary>
public sealed record CheckHealth
{
    public required string Name { get; init; }

    public required string Status { get; init; }

    public string? Description { get; init; }

    public double DurationMs { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
