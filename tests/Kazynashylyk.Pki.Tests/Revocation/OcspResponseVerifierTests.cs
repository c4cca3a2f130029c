using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Tests.Revocation;

public sealed class OcspResponseVerifierTests
{
    private readonly OcspResponseVerifier verifier = new(CertificateCache.Shared);

    [Fact]
    public void Verify_RealRsaResponse_GoodFromDelegatedResponder()
    {
        var answer = verifier.Verify(
            TestPki.Bytes("test-legacy/ocsp/ocsp_response_individual_sign_2004.bin"),
            TestPki.Certificate("test-legacy/p12/extracted/key_individual_valid_sign_2004.cer"),
            TestPki.Certificate("test-legacy/ca/nca_rsa_test.crt"),
            null
        );

        Assert.Equal(OcspAnswerKind.Good, answer.Kind);
        Assert.NotNull(answer.Responder);
        Assert.Null(answer.NextUpdate);
    }

    [Fact]
    public void Verify_RealGost2015Response_RevokedWithHold()
    {
        var answer = verifier.Verify(
            TestPki.Bytes("test-legacy/ocsp/ocsp_response_ceo_2015_revoked.bin"),
            TestPki.Certificate("test-legacy/p12/extracted/key_ceo_revoked_2015.cer"),
            TestPki.Certificate("test-2026/nca_gost2022_test.cer"),
            null
        );

        Assert.Equal(OcspAnswerKind.Revoked, answer.Kind);
        Assert.Equal(CrlReasons.CertificateHold, answer.ReasonCode);
        Assert.Equal(new DateOnly(2022, 7, 27), DateOnly.FromDateTime(answer.RevokedAt!.Value.UtcDateTime));
    }

    [Fact]
    public void Verify_ResponseForAnotherCertificate_NoAnswer()
    {
        var answer = verifier.Verify(
            TestPki.Bytes("test-legacy/ocsp/ocsp_response_individual_sign_2004.bin"),
            TestPki.Certificate("test-legacy/certs/individual_valid_sign_2004_rsa.cer"),
            TestPki.Certificate("test-legacy/ca/nca_rsa_test.crt"),
            null
        );

        Assert.Equal(OcspAnswerKind.NoAnswer, answer.Kind);
    }

    [Fact]
    public void Verify_ExpectedNonceDiffers_NoAnswerNamingNonce()
    {
        var answer = verifier.Verify(
            TestPki.Bytes("test-legacy/ocsp/ocsp_response_individual_sign_2004.bin"),
            TestPki.Certificate("test-legacy/p12/extracted/key_individual_valid_sign_2004.cer"),
            TestPki.Certificate("test-legacy/ca/nca_rsa_test.crt"),
            [1, 2, 3, 4, 5, 6, 7, 8]
        );

        Assert.Equal(OcspAnswerKind.NoAnswer, answer.Kind);
        Assert.Contains("nonce", answer.Problem, StringComparison.Ordinal);
    }
}
