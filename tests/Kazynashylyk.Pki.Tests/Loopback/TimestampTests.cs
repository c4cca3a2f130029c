using System.Text;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Timestamps;
using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Loopback;

public sealed class TimestampTests : IClassFixture<LoopbackPki>, IDisposable
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("timestamped agreement");
    private readonly LoopbackPki pki;
    private readonly HttpClient http = new(Kazynashylyk.Pki.Net.PkiHttpClient.CreateHandler());

    public TimestampTests(LoopbackPki pki)
    {
        this.pki = pki;
        pki.Ocsp = OcspScenario.Good;
        pki.CrlAvailable = false;
        pki.RevokedAt = null;
    }

    [Theory]
    [InlineData(KeyFamily.Gost2015With512BitKey)]
    [InlineData(KeyFamily.Rsa)]
    public async Task VerifyAsync_TimestampedThenExpired_PassesAtGenTime(KeyFamily family)
    {
        var cms = await SignThroughToolAsync(family, timestamped: true);
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(60));

        var report = await VerifyAsync(cms);

        Assert.Equal((Indications.TotalPassed, "timestamp"), (report.Indication, report.ValidationTimeSource));
        Assert.Equal(LoopbackPki.Start.AddDays(1), report.Signers[0].Timestamp!.GenTime);
    }

    [Fact]
    public async Task VerifyAsync_NotTimestampedThenExpired_OutOfBoundsNoPoe()
    {
        var cms = await SignThroughToolAsync(KeyFamily.Gost2015With512BitKey, timestamped: false);
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(60));

        var report = await VerifyAsync(cms);

        Assert.Equal(
            (Indications.Indeterminate, SubIndications.OutOfBoundsNoPoe),
            (report.Indication, report.SubIndication)
        );
    }

    [Theory]
    [InlineData(true, Indications.TotalPassed, null)]
    [InlineData(false, Indications.Indeterminate, SubIndications.RevokedNoPoe)]
    public async Task VerifyAsync_RevokedAfterSigning_PassesOnlyWithTimestamp(
        bool timestamped,
        string indication,
        string? subIndication
    )
    {
        var cms = await SignThroughToolAsync(KeyFamily.Gost2015With512BitKey, timestamped);
        pki.Ocsp = OcspScenario.Revoked;
        pki.RevokedAt = LoopbackPki.Start.AddDays(10);
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(20));

        var report = await VerifyAsync(cms);

        Assert.Equal((indication, subIndication), (report.Indication, report.SubIndication));
        Assert.Equal("revoked", report.Signers[0].Revocation!.Status);
    }

    [Fact]
    public async Task VerifyAsync_RevokedBeforeGenTime_TotalFailedRevoked()
    {
        var cms = await SignThroughToolAsync(KeyFamily.Rsa, timestamped: true);
        pki.Ocsp = OcspScenario.Revoked;
        pki.RevokedAt = LoopbackPki.Start.AddHours(12);
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(20));

        var report = await VerifyAsync(cms);

        Assert.Equal((Indications.TotalFailed, SubIndications.Revoked), (report.Indication, report.SubIndication));
    }

    [Fact]
    public async Task VerifyAsync_TokenOverWrongImprint_IgnoredAndExpired()
    {
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(1));
        var family = KeyFamily.Gost2015With512BitKey;
        var tsa = new WrongImprintClient(new DevelopmentTimestampAuthority(pki.Pki(family).Tsa, pki.Clock));
        var cms = await new CmsSigner(pki.Clock).SignAsync(
            pki.Leaf(family),
            Document,
            new CmsSignOptions { Timestamps = tsa }
        );
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(60));

        var report = await VerifyAsync(cms);

        Assert.Equal(SubIndications.OutOfBoundsNoPoe, report.SubIndication);
        Assert.Contains(report.Signers[0].Warnings, w => w.Contains("imprint mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignerTool_TsaOption_RealKeyCmsCarriesVerifiedTimestamp()
    {
        pki.Clock.SetUtcNow(TestPki.Inside2026Validity);
        var tsa = pki.TsaUrl(KeyFamily.Gost2015With512BitKey);
        var (code, cms, _) = await SignerTool.SignAsync(
            "test-2026/legal/valid/head.p12",
            TestPki.Password2026,
            Document,
            tsa: tsa
        );
        using var engine = pki.CreateEngine(http);
        engine.Crls.Add(Kazynashylyk.Pki.Revocation.CrlIndex.Parse(TestPki.Bytes("test-2026/nca_gost2022_test.crl")));

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                TrustStore = TrustStoreNames.Development,
                Revocation = new Kazynashylyk.Pki.Revocation.RevocationOptions { Online = false },
            }
        );

        Assert.Equal(0, code);
        Assert.Equal((Indications.TotalPassed, "timestamp"), (report.Indication, report.ValidationTimeSource));
        Assert.Equal(TestPki.Inside2026Validity, report.Signers[0].Timestamp!.GenTime);
    }

    public void Dispose() => http.Dispose();

    private async Task<byte[]> SignThroughToolAsync(KeyFamily family, bool timestamped)
    {
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(1));
        var options = new CmsSignOptions
        {
            Timestamps = timestamped
                ? new HttpTimestampClient(
                    new Kazynashylyk.Pki.Net.PkiHttpClient(
                        http,
                        new(),
                        Microsoft
                            .Extensions
                            .Logging
                            .Abstractions
                            .NullLogger<Kazynashylyk.Pki.Net.PkiHttpClient>
                            .Instance
                    ),
                    pki.TsaUrl(family)
                )
                : null,
        };

        return await new CmsSigner(pki.Clock).SignAsync(pki.Leaf(family), Document, options);
    }

    private async Task<VerificationReport> VerifyAsync(byte[] cms)
    {
        using var engine = pki.CreateEngine(http);

        return await engine.Verifier.VerifyAsync(
            new VerificationRequest { Cms = cms, TrustStore = TrustStoreNames.Development }
        );
    }

    private sealed class WrongImprintClient(ITimestampClient inner) : ITimestampClient
    {
        public Task<byte[]> RequestTokenAsync(string digestOid, byte[] imprint, CancellationToken cancellationToken)
        {
            var other = (byte[])imprint.Clone();
            other[0] ^= 0xFF;

            return inner.RequestTokenAsync(digestOid, other, cancellationToken);
        }
    }
}
