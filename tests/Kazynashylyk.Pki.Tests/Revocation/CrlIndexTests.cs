using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Tests.Revocation;

public sealed class CrlIndexTests
{
    private static readonly CrlIndex Crl2026 = CrlIndex.Parse(TestPki.Bytes("test-2026/nca_gost2022_test.crl"));

    [Fact]
    public void Parse_2026TestCrl_IndexesAllEntriesAndDates()
    {
        Assert.Equal(195, Crl2026.Count);
        Assert.Equal(new DateTimeOffset(2027, 2, 7, 3, 49, 19, TimeSpan.Zero), Crl2026.NextUpdate);
        Assert.False(Crl2026.IsDelta);
    }

    [Fact]
    public void IsSignedBy_NcaGost2022_True()
    {
        Assert.True(Crl2026.IsSignedBy(TestPki.Certificate("test-2026/nca_gost2022_test.cer")));
    }

    [Theory]
    [InlineData("test-2026/extracted/individual_revoked.cer", CrlReasons.CertificateHold)]
    [InlineData("test-2026/extracted/legal_revoked_head.cer", CrlReasons.CertificateHold)]
    [InlineData("test-2026/extracted/legal_revoked_employee.cer", CrlReasons.CertificateHold)]
    [InlineData("test-2026/extracted/legal_revoked_infosystem.cer", CrlReasons.CertificateHold)]
    [InlineData("test-2026/extracted/legal_valid_employee.cer", 4)]
    [InlineData("test-2026/extracted/legal_valid_infosystem.cer", 4)]
    public void TryFind_RevokedCertificate_ReturnsReason(string file, int reason)
    {
        Assert.True(Crl2026.TryFind(TestPki.Certificate(file), out var entry));
        Assert.Equal(reason, entry.ReasonCode);
    }

    [Theory]
    [InlineData("test-2026/extracted/individual_revoked.cer", "2026-05-08")]
    [InlineData("test-2026/extracted/legal_valid_employee.cer", "2026-06-02")]
    [InlineData("test-2026/extracted/legal_valid_infosystem.cer", "2026-06-02")]
    public void TryFind_RevokedCertificate_ReturnsRevocationDate(string file, string date)
    {
        Assert.True(Crl2026.TryFind(TestPki.Certificate(file), out var entry));
        Assert.Equal(date, entry.RevokedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("test-2026/extracted/individual_valid.cer")]
    [InlineData("test-2026/extracted/legal_valid_head.cer")]
    [InlineData("test-2026/extracted/legal_valid_employee_signright.cer")]
    [InlineData("test-2026/extracted/legal_valid_treasury_client.cer")]
    public void TryFind_GoodCertificate_False(string file)
    {
        Assert.False(Crl2026.TryFind(TestPki.Certificate(file), out _));
    }

    [Theory]
    [InlineData("test-legacy/crl/nca_rsa_test.crl", 126, "test-legacy/ca/nca_rsa_test.crt")]
    [InlineData("test-legacy/crl/nca_gost_test.crl", 31, "test-legacy/ca/nca_gost_test.crt")]
    [InlineData("test-legacy/crl/nca_gost2022_test.crl", 6, "test-2026/nca_gost2022_test.cer")]
    public void Parse_LegacyCrl_CountsAndVerifies(string file, int count, string issuer)
    {
        var crl = CrlIndex.Parse(TestPki.Bytes(file));

        Assert.Equal(count, crl.Count);
        Assert.True(crl.IsSignedBy(TestPki.Certificate(issuer)));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 })]
    public void Parse_EmptyOrGarbage_ThrowsFormatException(byte[] bytes)
    {
        Assert.Throws<FormatException>(() => CrlIndex.Parse(bytes));
    }
}
