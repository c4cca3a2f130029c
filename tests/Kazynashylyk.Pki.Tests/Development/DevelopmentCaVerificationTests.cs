using System.Diagnostics;
using System.Text;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Net;
using Kazynashylyk.Pki.Tests.Loopback;
using Kazynashylyk.Pki.Verification;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.Pki.Tests.Development;

/// <summary>
/// A leaf of a reopened development CA folder, verified online the way the running system does it: the
/// development addresses mapped onto a loopback mirror that serves the folder's <c>crl/</c> and has no OCSP.
/// </summary>
public sealed class DevelopmentCaVerificationTests : IDisposable
{
    private const string Password = "ca-test-password";
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("agreement text");
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kazynashylyk-devca-");
    private readonly ManualClock clock = new(Now);
    private readonly LoopbackServer mirror;
    private readonly HttpClient http = new(PkiHttpClient.CreateHandler());

    public DevelopmentCaVerificationTests()
    {
        mirror = new LoopbackServer(ServeAsync);
    }

    [Fact]
    public async Task VerifyAsync_LeafOfReopenedFolder_TotalPassedFromCrlAfterOcspNotFound()
    {
        var (cas, key) = IssueFromReopenedFolder();
        var cms = await SignAsync(key);
        using var engine = CreateEngine(cas);
        var stopwatch = Stopwatch.StartNew();

        var report = await engine.Verifier.VerifyAsync(Request(cms, TrustStoreNames.Development));

        stopwatch.Stop();
        var signer = report.Signers[0];
        Assert.Equal((Indications.TotalPassed, null), (report.Indication, report.SubIndication));
        Assert.Equal(("crl", "good", "2"), (signer.Revocation!.Source, signer.Revocation.Status,
            signer.Revocation.CrlNumber));
        Assert.Equal(["LegalEntity", "FirstHead"], signer.Roles.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(("880202300456", "050540000782"), (signer.Subject!.Iin, signer.Subject.Bin));
        Assert.Contains("/development/ocsp/", mirror.Requests);
        Assert.Contains("/development/crl/dev_ca.crl", mirror.Requests);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(4), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task VerifyAsync_AfterRevoke_RevokedFromCrl()
    {
        var (cas, key) = IssueFromReopenedFolder();
        var cms = await SignAsync(key);
        clock.SetUtcNow(Now.AddMinutes(40));
        DevelopmentCaFolder.OpenOrCreate(folder.FullName, Password, clock).Revoke(key.Certificate.SerialNumberHex);
        using var engine = CreateEngine(cas);

        var report = await engine.Verifier.VerifyAsync(Request(cms, TrustStoreNames.Development));

        var revocation = report.Signers[0].Revocation!;
        Assert.Equal(
            (Indications.Indeterminate, SubIndications.RevokedNoPoe),
            (report.Indication, report.SubIndication)
        );
        Assert.Equal(("crl", "revoked", Now.AddMinutes(40)), (revocation.Source, revocation.Status,
            revocation.RevokedAt));
    }

    [Fact]
    public async Task VerifyAsync_TestStore_DevelopmentCaNotTrusted()
    {
        var (cas, key) = IssueFromReopenedFolder();
        var cms = await SignAsync(key);
        using var engine = CreateEngine(cas);

        var report = await engine.Verifier.VerifyAsync(Request(cms, TrustStoreNames.Test));

        Assert.Equal(
            (Indications.Indeterminate, SubIndications.NoCertificateChainFound),
            (report.Indication, report.SubIndication)
        );
    }

    public void Dispose()
    {
        http.Dispose();
        mirror.Dispose();
        folder.Delete(true);
    }

    /// <summary>Creates the CA, then issues from a second, reopened instance through a written key file.</summary>
    private (IReadOnlyList<Kazynashylyk.Pki.Certificates.PkiCertificate> Cas, SigningIdentity Key)
        IssueFromReopenedFolder()
    {
        DevelopmentCaFolder.OpenOrCreate(folder.FullName, Password, clock);
        var reopened = DevelopmentCaFolder.OpenOrCreate(folder.FullName, Password, clock);
        var leaf = reopened.Issue(DevelopmentCaSamples.FirstHead);
        var key = Pkcs12Reader.Read(Pkcs12Writer.Write(leaf, "leaf"), "leaf");

        return (reopened.CaCertificates, key);
    }

    private async Task<byte[]> SignAsync(SigningIdentity key)
    {
        clock.SetUtcNow(Now.AddMinutes(30));

        return await new CmsSigner(clock).SignAsync(key, Document, new CmsSignOptions());
    }

    private PkiEngine CreateEngine(IReadOnlyList<Kazynashylyk.Pki.Certificates.PkiCertificate> cas)
    {
        clock.SetUtcNow(Now.AddHours(1));
        var options = new PkiHttpOptions
        {
            Mirrors = new Dictionary<string, string>
            {
                [DevelopmentCaAddresses.Base] = new Uri(mirror.BaseUrl, "development/").ToString(),
            },
        };

        return PkiEngine.Create(
            clock,
            TrustStoreCatalog.CreateStandard(cas),
            new PkiHttpClient(http, options, NullLogger<PkiHttpClient>.Instance)
        );
    }

    private static VerificationRequest Request(byte[] cms, string store) => new() { Cms = cms, TrustStore = store };

    // Like the PKI mirror: the folder's crl/ under /development/crl/, nothing else (no OCSP responder).
    private Task<(int Status, byte[] Body)> ServeAsync(string path, byte[] body)
    {
        const string prefix = "/development/crl/";
        var file = path.StartsWith(prefix, StringComparison.Ordinal)
            ? Path.Combine(folder.FullName, "crl", path[prefix.Length..])
            : null;

        return Task.FromResult(file is not null && File.Exists(file) ? (200, File.ReadAllBytes(file)) : (404, []));
    }
}
