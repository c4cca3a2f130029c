namespace Kazynashylyk.Pki.Benchmarks;

/// <summary>A clock pinned inside the test certificates' validity.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
