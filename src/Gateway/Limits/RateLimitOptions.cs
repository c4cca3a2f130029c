namespace Kazynashylyk.Gateway.Limits;

/// <summary>The per-client request window (section <c>Gateway:RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    public int PermitsPerWindow { get; set; } = 600;

    public int WindowSeconds { get; set; } = 10;

    public int QueueLimit { get; set; }
}
