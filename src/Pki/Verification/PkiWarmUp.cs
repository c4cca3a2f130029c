using System.Numerics;
using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Verification;

/// <summary>
/// Runs the verification path on a throw-away development PKI so a fresh replica has compiled its hot code
/// before it takes traffic (a cold process verifies several times slower for its first seconds). The
/// throw-away engine has its own caches, so nothing of it leaks into the real trust stores.
/// </summary>
public static class PkiWarmUp
{
    /// <summary>Verifies <paramref name="rounds"/> CMS per key family; returns how many passed.</summary>
    public static async Task<int> RunAsync(
        TimeProvider time,
        int rounds = 50,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var content = RandomNumberGenerator.GetBytes(10 * 1024);
        var passed = 0;
        foreach (var family in new[] { KeyFamily.Gost2015With512BitKey, KeyFamily.Rsa })
        {
            var pki = DevelopmentPki.Create(family, "WARM-UP", now.AddDays(-2));
            var leaf = pki.IssueLeaf(
                new DevelopmentIdentity
                {
                    Surname = "WARM",
                    Name = "UP",
                    Iin = "000000000000",
                },
                now.AddDays(-1),
                now.AddDays(1)
            );
            var certificates = new CertificateCache(16);
            var stores = new TrustStoreCatalog([TrustStoreCatalog.Build("warm-up", [.. pki.CaCertificates])]);
            using var engine = PkiEngine.Create(time, stores, certificates: certificates);
            var crl = DevelopmentCrlBuilder.Build(pki.Ca, [], now.AddHours(-1), now.AddHours(1), BigInteger.One);
            engine.Crls.Add(CrlIndex.Parse(crl));
            var cms = await new CmsSigner(time).SignAsync(leaf, content, new CmsSignOptions(), cancellationToken);
            var request = new VerificationRequest
            {
                Cms = cms,
                TrustStore = "warm-up",
                Revocation = new RevocationOptions { Online = false },
            };

            for (var i = 0; i < rounds; i++)
            {
                var report = await engine.Verifier.VerifyAsync(request, cancellationToken);
                passed += report.Indication == Indications.TotalPassed ? 1 : 0;
            }
        }

        return passed;
    }
}
