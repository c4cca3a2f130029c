namespace Kazynashylyk.Pki.Tests.Certificates;

public sealed class PkiCertificateTests
{
    [Theory]
    [InlineData("test-2026/extracted/legal_valid_head.cer", "test-2026/nca_gost2022_test.cer")]
    [InlineData("test-2026/nca_gost2022_test.cer", "test-2026/root_test_gost_2022.cer")]
    [InlineData("test-legacy/certs/ceo_valid_sign_2004_gost.cer", "test-legacy/ca/nca_gost_test.crt")]
    [InlineData("test-legacy/ca/nca_gost_test.crt", "test-legacy/ca/root_gost_test.crt")]
    [InlineData("test-legacy/certs/individual_valid_sign_2004_rsa.cer", "test-legacy/ca/nca_rsa_test.crt")]
    [InlineData("test-legacy/tsp/tsa_cert_from_tsp_token.cer", "test-legacy/ca/nca_gost_test.crt")]
    public void IsSignedBy_RealIssuer_True(string child, string issuer)
    {
        Assert.True(TestPki.Certificate(child).IsSignedBy(TestPki.Certificate(issuer)));
    }

    [Fact]
    public void IsSignedBy_OtherCa_False()
    {
        var leaf = TestPki.Certificate("test-2026/extracted/legal_valid_head.cer");

        Assert.False(leaf.IsSignedBy(TestPki.Certificate("test-legacy/ca/nca_gost_test.crt")));
    }
}
