using System.Text;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Verification;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Kazynashylyk.Pki.Tests.Verification;

public sealed class MultipleSignerTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("agreement signed by two");

    [Fact]
    public async Task VerifyAsync_GoodAndRevokedSigner_OverallIsTheWorse()
    {
        var head = Key("test-2026/legal/valid/head.p12");
        var employee = Key("test-2026/legal/valid/employee.p12");
        var cms = Encode([head, employee], [Signer(head), Signer(employee)]);

        var report = await VerifyAsync(cms);

        Assert.Equal(
            (Indications.Indeterminate, SubIndications.RevokedNoPoe),
            (report.Indication, report.SubIndication)
        );
        // DER sorts the SignerInfos set, so the report lists signers in encoding order, not signing order.
        Assert.Equal(
            [Indications.Indeterminate, Indications.TotalPassed],
            report.Signers.Select(s => s.Indication).Order(StringComparer.Ordinal).ToArray()
        );
    }

    [Fact]
    public async Task VerifyAsync_NoSigners_TotalFailedFormatFailure()
    {
        var head = Key("test-2026/legal/valid/head.p12");

        var report = await VerifyAsync(Encode([head], []));

        Assert.Equal(
            (Indications.TotalFailed, SubIndications.FormatFailure),
            (report.Indication, report.SubIndication)
        );
        Assert.Empty(report.Signers);
    }

    [Fact]
    public async Task VerifyAsync_SignerCertificateMissing_TotalFailedNoSigningCertificate()
    {
        var head = Key("test-2026/legal/valid/head.p12");
        var employee = Key("test-2026/legal/valid/employee_signright.p12");

        var report = await VerifyAsync(Encode([employee], [Signer(head)]));

        Assert.Equal(
            (Indications.TotalFailed, SubIndications.NoSigningCertificateFound),
            (report.Indication, report.SubIndication)
        );
    }

    private static SigningIdentity Key(string file) => Pkcs12Reader.Read(TestPki.Bytes(file), TestPki.Password2026);

    private static SignerInfo Signer(SigningIdentity identity)
    {
        return SignedDataBuilder.BuildSignerInfo(identity, KazakhOids.Data, Document, TestPki.Inside2026Validity, null);
    }

    private static byte[] Encode(SigningIdentity[] certificates, SignerInfo[] signers)
    {
        var signedData = new SignedData(
            new DerSet(SignedDataBuilder.DigestAlgorithm(KazakhOids.Streebog512Digest)),
            new ContentInfo(CmsObjectIdentifiers.Data, new DerOctetString(Document)),
            new DerSet(certificates.Select(c => (Asn1Encodable)c.Certificate.Structure).ToArray()),
            null,
            new DerSet(signers.Select(s => (Asn1Encodable)s).ToArray())
        );

        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }

    private static async Task<VerificationReport> VerifyAsync(byte[] cms)
    {
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity, "test-2026/nca_gost2022_test.crl");

        return await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                TrustStore = TrustStoreNames.Test,
                Revocation = TestEngine.OfflineRevocation(),
            }
        );
    }
}
