namespace Kazynashylyk.Gateway;

/// <summary>The gateway's settings (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>How long the gateway waits for one service's <c>/health</c>.</summary>
    public int HealthTimeoutSeconds { get; set; } = 5;

    /// <summary>The largest request body forwarded to a service; a larger one is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 16L * 1024 * 1024;
}
