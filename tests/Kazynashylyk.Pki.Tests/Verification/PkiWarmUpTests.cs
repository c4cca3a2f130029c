using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Verification;

public sealed class PkiWarmUpTests
{
    [Fact]
    public async Task RunAsync_ThreeRounds_EveryVerificationPasses()
    {
        var passed = await PkiWarmUp.RunAsync(new ManualClock(TestPki.Inside2026Validity), rounds: 3);

        Assert.Equal(6, passed);
    }
}
