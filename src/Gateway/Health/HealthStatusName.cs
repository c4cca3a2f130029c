namespace Kazynashylyk.Gateway.Health;

/// <summary>The status words of a health answer, as the services write them.</summary>
public enum HealthStatusName
{
    Unhealthy,
    Degraded,
    Healthy,
}
