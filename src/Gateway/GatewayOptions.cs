namespace Kazynashylyk.Gateway;

/// <summary>The gateway's settings (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>How long the gateway waits for one service's <c>/health</c>.</summary>
    public int HealthTimeoutSeconds { get; set; } = 5;
}
