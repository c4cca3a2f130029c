using System.Text;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Verification;

namespace Kazynashylyk.Pki.Tests.Loopback;

public sealed class OcspFallbackTests : IClassFixture<LoopbackPki>, IDisposable
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("agreement text");
    private readonly LoopbackPki pki;
    private readonly HttpClient http = new(Kazynashylyk.Pki.Net.PkiHttpClient.CreateHandler());

    public OcspFallbackTests(LoopbackPki pki)
    {
        this.pki = pki;
        pki.RevokedAt = null;
        pki.Clock.SetUtcNow(LoopbackPki.Start.AddDays(1));
    }

    public static TheoryData<KeyFamily, OcspScenario, bool, string, string?, string> Cases()
    {
        var data = new TheoryData<KeyFamily, OcspScenario, bool, string, string?, string>();
        foreach (var family in new[] { KeyFamily.Gost2015With512BitKey, KeyFamily.Rsa })
        {
            data.Add(family, OcspScenario.Good, false, Indications.TotalPassed, null, "ocsp");
            data.Add(family, OcspScenario.Good, true, Indications.TotalPassed, null, "ocsp");
            data.Add(
                family,
                OcspScenario.Revoked,
                false,
                Indications.Indeterminate,
                SubIndications.RevokedNoPoe,
                "ocsp"
            );
            data.Add(
                family,
                OcspScenario.Revoked,
                true,
                Indications.Indeterminate,
                SubIndications.RevokedNoPoe,
                "ocsp"
            );
            foreach (
                var noAnswer in new[]
                {
                    OcspScenario.UnknownAsNcaSaysIt,
                    OcspScenario.TryLater,
                    OcspScenario.Timeout,
                    OcspScenario.BadSignature,
                    OcspScenario.NonceMismatch,
                }
            )
            {
                var unknownSource = noAnswer == OcspScenario.UnknownAsNcaSaysIt ? "ocsp" : "none";
                data.Add(family, noAnswer, false, Indications.Indeterminate, SubIndications.TryLater, unknownSource);
                data.Add(family, noAnswer, true, Indications.TotalPassed, null, "crl");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task VerifyAsync_OcspBehaviourAndCrlAvailability_VerdictOfTheTable(
        KeyFamily family,
        OcspScenario scenario,
        bool crlAvailable,
        string indication,
        string? subIndication,
        string source
    )
    {
        pki.Ocsp = scenario;
        pki.CrlAvailable = crlAvailable;
        pki.RevokedAt = scenario == OcspScenario.Revoked ? LoopbackPki.Start.AddHours(12) : null;
        var cms = await new CmsSigner(pki.Clock).SignAsync(pki.Leaf(family), Document, new CmsSignOptions());
        using var engine = pki.CreateEngine(http);

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest { Cms = cms, TrustStore = TrustStoreNames.Development }
        );

        Assert.Equal((indication, subIndication), (report.Indication, report.SubIndication));
        Assert.Equal(source, report.Signers[0].Revocation!.Source);
    }

    [Fact]
    public async Task VerifyAsync_UnknownAsNcaSaysIt_ReportsUnknownNotRevoked()
    {
        pki.Ocsp = OcspScenario.UnknownAsNcaSaysIt;
        pki.CrlAvailable = false;
        var cms = await new CmsSigner(pki.Clock).SignAsync(
            pki.Leaf(KeyFamily.Gost2015With512BitKey),
            Document,
            new CmsSignOptions()
        );
        using var engine = pki.CreateEngine(http);

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest { Cms = cms, TrustStore = TrustStoreNames.Development }
        );

        Assert.Equal(
            ("unknown", null),
            (report.Signers[0].Revocation!.Status, report.Signers[0].Revocation!.RevokedAt)
        );
    }

    [Fact]
    public async Task VerifyAsync_TestStore_DevelopmentCaUnknown()
    {
        pki.Ocsp = OcspScenario.Good;
        var cms = await new CmsSigner(pki.Clock).SignAsync(pki.Leaf(KeyFamily.Rsa), Document, new CmsSignOptions());
        using var engine = pki.CreateEngine(http);

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest { Cms = cms, TrustStore = TrustStoreNames.Test }
        );

        Assert.Equal(SubIndications.NoCertificateChainFound, report.SubIndication);
    }

    public void Dispose() => http.Dispose();
}
