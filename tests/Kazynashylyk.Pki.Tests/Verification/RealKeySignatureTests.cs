using System.Text;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Reports;
using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Verification;

public sealed class RealKeySignatureTests
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("Келісім № 42: Treasury-Client access agreement");

    public static TheoryData<string, string, string?> Expectations2026 =>
        new()
        {
            { "test-2026/individual/valid/individual_valid.p12", Indications.TotalPassed, null },
            { "test-2026/legal/valid/head.p12", Indications.TotalPassed, null },
            { "test-2026/legal/valid/employee_signright.p12", Indications.TotalPassed, null },
            { "test-2026/legal/valid/treasury_client.p12", Indications.TotalPassed, null },
            { "test-2026/legal/valid/employee.p12", Indications.Indeterminate, SubIndications.RevokedNoPoe },
            { "test-2026/legal/valid/infosystem.p12", Indications.Indeterminate, SubIndications.RevokedNoPoe },
            {
                "test-2026/individual/revoked/individual_revoked.p12",
                Indications.Indeterminate,
                SubIndications.RevokedNoPoe
            },
            { "test-2026/legal/revoked/head.p12", Indications.Indeterminate, SubIndications.RevokedNoPoe },
            { "test-2026/legal/revoked/employee.p12", Indications.Indeterminate, SubIndications.RevokedNoPoe },
            {
                "test-2026/legal/revoked/employee_signright.p12",
                Indications.Indeterminate,
                SubIndications.RevokedNoPoe
            },
            { "test-2026/legal/revoked/infosystem.p12", Indications.Indeterminate, SubIndications.RevokedNoPoe },
            { "test-2026/legal/revoked/treasury_client.p12", Indications.Indeterminate, SubIndications.RevokedNoPoe },
        };

    [Theory]
    [MemberData(nameof(Expectations2026))]
    public async Task VerifyAsync_AttachedCmsFromSigner_VerdictPerCrl(
        string keyFile,
        string indication,
        string? subIndication
    )
    {
        var (code, cms, _) = await SignerTool.SignAsync(keyFile, TestPki.Password2026, Document);

        var report = await VerifyAsync(cms, null);

        Assert.Equal(0, code);
        Assert.Equal((indication, subIndication), (report.Indication, report.SubIndication));
        Assert.Equal("crl", report.Signers[0].Revocation!.Source);
    }

    [Theory]
    [MemberData(nameof(Expectations2026))]
    public async Task VerifyAsync_DetachedCmsFromSigner_VerdictPerCrl(
        string keyFile,
        string indication,
        string? subIndication
    )
    {
        var (_, cms, _) = await SignerTool.SignAsync(keyFile, TestPki.Password2026, Document, detached: true);

        var report = await VerifyAsync(cms, Document);

        Assert.Equal((indication, subIndication), (report.Indication, report.SubIndication));
    }

    [Theory]
    [InlineData("test-2026/legal/valid/employee.p12", "superseded", "2026-06-02")]
    [InlineData("test-2026/individual/revoked/individual_revoked.p12", "certificateHold", "2026-05-08")]
    public async Task VerifyAsync_RevokedSigner_ReportsReasonAndDate(string keyFile, string reason, string date)
    {
        var (_, cms, _) = await SignerTool.SignAsync(keyFile, TestPki.Password2026, Document);

        var revocation = (await VerifyAsync(cms, null)).Signers[0].Revocation!;

        Assert.Equal(("revoked", reason), (revocation.Status, revocation.Reason));
        Assert.Equal(
            date,
            revocation.RevokedAt!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    [Theory]
    [InlineData("test-2026/individual/valid/individual_valid.p12", "Individual")]
    [InlineData("test-2026/legal/valid/head.p12", "FirstHead,LegalEntity")]
    [InlineData("test-2026/legal/valid/employee_signright.p12", "RightToSign,LegalEntity")]
    [InlineData("test-2026/legal/valid/employee.p12", "Employee,LegalEntity")]
    [InlineData("test-2026/legal/valid/infosystem.p12", "TreasuryClientParticipant,LegalEntity")]
    [InlineData("test-2026/legal/valid/treasury_client.p12", "InformationSystem,LegalEntity")]
    public async Task VerifyAsync_RealKey_DecodesRolesFromEku(string keyFile, string roles)
    {
        var (_, cms, _) = await SignerTool.SignAsync(keyFile, TestPki.Password2026, Document);

        var signer = (await VerifyAsync(cms, null)).Signers[0];

        Assert.Equal(roles, string.Join(',', signer.Roles));
    }

    [Fact]
    public async Task VerifyAsync_HeadKey_DecodesSubjectPerNcaProfile()
    {
        var (_, cms, _) = await SignerTool.SignAsync("test-2026/legal/valid/head.p12", TestPki.Password2026, Document);

        var subject = (await VerifyAsync(cms, null)).Signers[0].Subject!;

        Assert.Equal(("123456789011", "123456789021"), (subject.Iin, subject.Bin));
        Assert.Equal(("ТЕСТОВ", "ТЕСТ", "ТЕСТОВИЧ"), (subject.Surname, subject.GivenName, subject.Patronymic));
        Assert.Equal("АО \"ТЕСТ\"", subject.Organization);
    }

    [Fact]
    public async Task VerifyAsync_FlippedContentByte_HashFailure()
    {
        var (_, cms, _) = await SignerTool.SignAsync(
            "test-2026/legal/valid/head.p12",
            TestPki.Password2026,
            Document,
            detached: true
        );
        var tampered = (byte[])Document.Clone();
        tampered[3] ^= 0x01;

        var report = await VerifyAsync(cms, tampered);

        Assert.Equal((Indications.TotalFailed, SubIndications.HashFailure), (report.Indication, report.SubIndication));
    }

    [Fact]
    public async Task VerifyAsync_FlippedSignatureByte_SigCryptoFailure()
    {
        var (_, cms, _) = await SignerTool.SignAsync("test-2026/legal/valid/head.p12", TestPki.Password2026, Document);
        cms[^10] ^= 0x01;

        var report = await VerifyAsync(cms, null);

        Assert.Equal(
            (Indications.TotalFailed, SubIndications.SigCryptoFailure),
            (report.Indication, report.SubIndication)
        );
    }

    [Fact]
    public async Task VerifyAsync_DerBase64AndPem_SameReport()
    {
        var (_, der, _) = await SignerTool.SignAsync("test-2026/legal/valid/head.p12", TestPki.Password2026, Document);
        var (_, pem, _) = await SignerTool.SignAsync(
            "test-2026/legal/valid/head.p12",
            TestPki.Password2026,
            Document,
            pem: true
        );
        var base64 = Encoding.ASCII.GetBytes(Convert.ToBase64String(der));

        var fromDer = Comparable(await VerifyAsync(der, null));
        var fromBase64 = Comparable(await VerifyAsync(base64, null));
        var fromPem = Comparable(await VerifyAsync(pem, null));

        Assert.StartsWith("-----BEGIN CMS-----", Encoding.ASCII.GetString(pem), StringComparison.Ordinal);
        Assert.Equal(fromDer, fromBase64);
        Assert.Equal(fromDer, fromPem);
    }

    [Fact]
    public async Task VerifyAsync_SignerCms_WarnsNothingAboutSigningCertificate()
    {
        var (_, cms, _) = await SignerTool.SignAsync("test-2026/legal/valid/head.p12", TestPki.Password2026, Document);

        var signer = (await VerifyAsync(cms, null)).Signers[0];

        Assert.DoesNotContain("SIGNING_CERTIFICATE_ATTRIBUTE_ABSENT", signer.Warnings);
        Assert.Equal(TestPki.Inside2026Validity, signer.SigningTime);
    }

    [Fact]
    public async Task VerifyAsync_ProductionStore_NoCertificateChainFound()
    {
        var (_, cms, _) = await SignerTool.SignAsync("test-2026/legal/valid/head.p12", TestPki.Password2026, Document);
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity, "test-2026/nca_gost2022_test.crl");

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest { Cms = cms, TrustStore = TrustStoreNames.Production }
        );

        Assert.Equal(
            (Indications.Indeterminate, SubIndications.NoCertificateChainFound),
            (report.Indication, report.SubIndication)
        );
    }

    private static async Task<VerificationReport> VerifyAsync(byte[] cms, byte[]? content)
    {
        using var engine = TestEngine.Offline(TestPki.Inside2026Validity, "test-2026/nca_gost2022_test.crl");

        return await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                Content = content,
                TrustStore = TrustStoreNames.Test,
                Revocation = TestEngine.OfflineRevocation(),
            }
        );
    }

    // The report id differs per run and GOST signatures are randomised; everything else must be equal.
    private static string Comparable(VerificationReport report) =>
        ReportJson.Serialize(report with { ReportId = Guid.Empty });
}
