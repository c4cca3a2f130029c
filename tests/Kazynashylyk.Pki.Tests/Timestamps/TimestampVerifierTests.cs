using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Timestamps;

namespace Kazynashylyk.Pki.Tests.Timestamps;

public sealed class TimestampVerifierTests
{
    private static readonly byte[] Stamped = [0xCA, 0xFE, 0xBA, 0xBE];
    private readonly TimestampVerifier verifier = new(CertificateCache.Shared, new ChainBuilder());
    private readonly TrustStore test = TrustStoreCatalog.CreateStandard().Find(TrustStoreNames.Test)!;

    [Fact]
    public void Verify_RealNcaToken_ValidWithGenTime()
    {
        var check = verifier.Verify(TestPki.Bytes("test-legacy/tsp/tsp_token.bin"), Stamped, test);

        Assert.Null(check.Problem);
        Assert.Equal(new DateOnly(2022, 9, 18), DateOnly.FromDateTime(check.GenTime!.Value.UtcDateTime));
        Assert.Equal("1.2.398.3.3.2.6.1", check.Policy);
    }

    [Fact]
    public void Verify_OtherStampedBytes_ImprintMismatch()
    {
        var check = verifier.Verify(TestPki.Bytes("test-legacy/tsp/tsp_token.bin"), [1, 2, 3], test);

        Assert.Contains("imprint", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ProductionStore_NoChain()
    {
        var production = TrustStoreCatalog.CreateStandard().Find(TrustStoreNames.Production)!;

        var check = verifier.Verify(TestPki.Bytes("test-legacy/tsp/tsp_token.bin"), Stamped, production);

        Assert.Contains("does not chain", check.Problem, StringComparison.Ordinal);
    }
}
