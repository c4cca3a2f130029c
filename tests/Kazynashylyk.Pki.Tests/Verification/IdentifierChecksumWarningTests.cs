using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Revocation;
using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Verification;

public sealed class IdentifierChecksumWarningTests
{
    [Theory]
    [InlineData(true, "IIN_CHECKSUM_INVALID,BIN_CHECKSUM_INVALID")]
    [InlineData(false, "")]
    public async Task VerifyAsync_StoreRule_WarnsAboutTestIdentities(bool validates, string expected)
    {
        var (_, cms, _) = await SignerTool.SignAsync("test-2026/legal/valid/head.p12", TestPki.Password2026, [1, 2, 3]);
        var test = TrustStoreCatalog.CreateStandard().Find(TrustStoreNames.Test)!;
        var checkedStore = TrustStoreCatalog.Build("checked", [.. test.Anchors, .. test.Intermediates], validates);
        using var engine = Kazynashylyk.Pki.Verification.PkiEngine.Create(
            new ManualClock(TestPki.Inside2026Validity),
            new TrustStoreCatalog([checkedStore])
        );
        engine.Crls.Add(CrlIndex.Parse(TestPki.Bytes("test-2026/nca_gost2022_test.crl")));

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                TrustStore = "checked",
                Revocation = TestEngine.OfflineRevocation(),
            }
        );

        var warnings = report.Signers[0].Warnings.Where(w => w.Contains("CHECKSUM", StringComparison.Ordinal));
        Assert.Equal(expected, string.Join(',', warnings));
        Assert.Equal("TOTAL_PASSED", report.Indication);
    }
}
