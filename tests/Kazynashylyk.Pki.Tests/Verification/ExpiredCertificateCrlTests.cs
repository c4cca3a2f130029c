using System.Text;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Verification;

public sealed class ExpiredCertificateCrlTests
{
    private static readonly DateTimeOffset InsideValidity = new(2022, 9, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task InspectCertificateAsync_RevokedThenExpiredAndCrlIssuedAfterExpiry_NoRevocationAnswer()
    {
        // The 2015 first head was revoked on 2022-07-27; the 2026 CRL no longer lists it because it has expired.
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity, "test-2026/nca_gost2022_test.crl");

        var report = await engine.Verifier.InspectCertificateAsync(
            TestPki.Bytes("test-legacy/p12/extracted/key_ceo_revoked_2015.cer"),
            TrustStoreNames.Test,
            InsideValidity,
            TestEngine.OfflineRevocation());

        Assert.Equal(
            (Indications.Indeterminate, SubIndications.TryLater),
            (report.Indication, report.SubIndication));
        Assert.Contains("CRL_ISSUED_AFTER_EXPIRY", report.Warnings);
    }

    [Fact]
    public async Task VerifyAsync_AttachedCmsWithDifferentContent_UnusableInput()
    {
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity, "test-2026/nca_gost2022_test.crl");
        var identity = Pkcs12Reader.Read(TestPki.Bytes("test-2026/legal/valid/head.p12"), TestPki.Password2026);
        var cms = await new CmsSigner(new ManualClock(TestPki.Inside2026Validity))
            .SignAsync(identity, Encoding.UTF8.GetBytes("signed"), new CmsSignOptions());

        var error = await Assert.ThrowsAsync<UnusableInputException>(() => engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                Content = Encoding.UTF8.GetBytes("other"),
                TrustStore = TrustStoreNames.Test,
            }));

        Assert.Equal(UnusableInputReason.ContentConflict, error.Reason);
    }
}
