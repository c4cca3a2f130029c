namespace Kazynashylyk.Pki.Tests;

/// <summary>A clock tests set freely, backwards too (scenarios sign at one time and verify at another).</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public void SetUtcNow(DateTimeOffset value) => now = value;

    public override DateTimeOffset GetUtcNow() => now;
}
