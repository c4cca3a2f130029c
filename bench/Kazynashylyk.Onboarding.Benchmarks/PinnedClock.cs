namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>A clock that always answers the same moment: the signing time written into every CMS.</summary>
internal sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
