using System.Text;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Verification;

public sealed class LegacyChainTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("legacy document");

    [Theory]
    [InlineData(
        "test-legacy/certs/ceo_valid_sign_2004_gost.cer",
        "test-legacy/crl/nca_gost_test.crl",
        "GOST 34.310-2004"
    )]
    [InlineData("test-legacy/certs/individual_valid_sign_2004_rsa.cer", "test-legacy/crl/nca_rsa_test.crl", "RSA 2048")]
    public async Task InspectCertificateAsync_InsideValidity_TotalPassed(
        string certificate,
        string crl,
        string algorithm
    )
    {
        using var engine = TestEngine.Offline(TestPki.InsideLegacyValidity, crl);

        var report = await engine.Verifier.InspectCertificateAsync(
            TestPki.Bytes(certificate),
            TrustStoreNames.Test,
            null,
            TestEngine.OfflineRevocation()
        );

        Assert.Equal(
            (Indications.TotalPassed, "crl", "good"),
            (report.Indication, report.Revocation!.Source, report.Revocation.Status)
        );
        Assert.Equal(algorithm, report.Certificate!.Algorithm);
    }

    [Theory]
    [InlineData("test-legacy/certs/ceo_valid_sign_2004_gost.cer")]
    [InlineData("test-legacy/certs/individual_valid_sign_2004_rsa.cer")]
    public async Task InspectCertificateAsync_Now_OutOfBoundsNoPoe(string certificate)
    {
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity);

        var report = await engine.Verifier.InspectCertificateAsync(
            TestPki.Bytes(certificate),
            TrustStoreNames.Test,
            null,
            TestEngine.OfflineRevocation()
        );

        Assert.Equal(
            (Indications.Indeterminate, SubIndications.OutOfBoundsNoPoe),
            (report.Indication, report.SubIndication)
        );
    }

    [Fact]
    public async Task VerifyAsync_LegacyRsaCmsWithRealOcspResponse_PassesAtAssertedTime()
    {
        var signedAt = new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var (_, cms, _) = await SignerTool.SignAsync(
            "test-legacy/p12/key_individual_valid_sign_2004.p12",
            "Qwerty12",
            Document,
            at: signedAt
        );
        using var engine = TestEngine.Offline(new DateTimeOffset(2022, 9, 3, 0, 0, 0, TimeSpan.Zero));

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                TrustStore = TrustStoreNames.Test,
                AssertedTime = signedAt,
                Revocation = TestEngine.OfflineRevocation(
                    TestPki.Bytes("test-legacy/ocsp/ocsp_response_individual_sign_2004.bin")
                ),
            }
        );

        Assert.Equal((Indications.TotalPassed, "asserted"), (report.Indication, report.ValidationTimeSource));
        Assert.Equal(("ocsp", "good"), (report.Signers[0].Revocation!.Source, report.Signers[0].Revocation!.Status));
    }

    [Fact]
    public async Task VerifyAsync_LegacyRsaCmsNow_OutOfBoundsNoPoe()
    {
        var (_, cms, _) = await SignerTool.SignAsync(
            "test-legacy/p12/key_individual_valid_sign_2004.p12",
            "Qwerty12",
            Document
        );
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity);

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest { Cms = cms, TrustStore = TrustStoreNames.Test }
        );

        Assert.Equal(
            (Indications.Indeterminate, SubIndications.OutOfBoundsNoPoe),
            (report.Indication, report.SubIndication)
        );
    }

    [Theory]
    [InlineData("2022-01-18T04:47:00Z", Indications.TotalPassed, null)]
    [InlineData("2022-06-01T00:00:00Z", Indications.Indeterminate, SubIndications.RevokedNoPoe)]
    public async Task VerifyAsync_Gost2004CmsRevokedAt0447_VerdictByAssertedTime(
        string at,
        string indication,
        string? subIndication
    )
    {
        var (_, cms, _) = await SignerTool.SignAsync(
            "test-legacy/p12/key_ceo_sign_revoked_2004.p12",
            "Qwerty12",
            Document
        );
        using var engine = TestEngine.Offline(TestPki.InsideLegacyValidity, "test-legacy/crl/nca_gost_test.crl");

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                TrustStore = TrustStoreNames.Test,
                AssertedTime = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture),
                Revocation = TestEngine.OfflineRevocation(),
            }
        );

        Assert.Equal((indication, subIndication), (report.Indication, report.SubIndication));
        Assert.Equal("revoked", report.Signers[0].Revocation!.Status);
    }
}
