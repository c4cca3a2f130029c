using System.Numerics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Revocation;
using Kazynashylyk.Pki.Verification;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Kazynashylyk.Pki.Benchmarks;

/// <summary>
/// Warm full verification (parse, content digest, signer signature, chain and status from cache) of a 10 KB CMS,
/// against the raw signature verification of the same algorithm measured in the same run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class WarmVerificationBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly byte[] content = RandomNumberGenerator.GetBytes(10 * 1024);
    private PkiEngine rsaEngine = null!;
    private PkiEngine gostEngine = null!;
    private VerificationRequest rsaRequest = null!;
    private VerificationRequest gostRequest = null!;
    private RSA rawRsa = null!;
    private byte[] rsaHash = null!;
    private byte[] rsaSignature = null!;
    private ECPublicKeyParameters rawGostKey = null!;
    private byte[] gostDigest = null!;
    private Org.BouncyCastle.Math.BigInteger[] gostSignature = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = new FixedClock(Now);
        SetUpRsa(clock);
        SetUpGost(clock);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("rsa")]
    public bool RawDotNetRsa2048Verify() =>
        rawRsa.VerifyHash(rsaHash, rsaSignature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark]
    [BenchmarkCategory("rsa")]
    public string WarmRsa2048Cms10KbVerification() =>
        rsaEngine.Verifier.VerifyAsync(rsaRequest).GetAwaiter().GetResult().Indication;

    [Benchmark]
    [BenchmarkCategory("gost")]
    public bool RawBouncyCastleGost512Verify()
    {
        var signer = new ECGost3410Signer();
        signer.Init(false, rawGostKey);

        return signer.VerifySignature(gostDigest, gostSignature[0], gostSignature[1]);
    }

    [Benchmark]
    [BenchmarkCategory("gost")]
    public string WarmGost512Cms10KbVerification() =>
        gostEngine.Verifier.VerifyAsync(gostRequest).GetAwaiter().GetResult().Indication;

    private void SetUpRsa(FixedClock clock)
    {
        var pki = DevelopmentPki.Create(KeyFamily.Rsa, "BENCH RSA", Now.AddYears(-1));
        var leaf = pki.IssueLeaf(
            new DevelopmentIdentity
            {
                Surname = "БЕНЧ",
                Name = "БЕНЧ",
                Iin = "900101300123",
                RoleOids = [KazakhOids.EkuIndividual],
            },
            Now.AddDays(-10),
            Now.AddDays(300)
        );
        rsaEngine = PkiEngine.Create(clock, TrustStoreCatalog.CreateStandard(pki.CaCertificates));
        rsaEngine.Crls.Add(
            CrlIndex.Parse(DevelopmentCrlBuilder.Build(pki.Ca, [], Now.AddDays(-1), Now.AddDays(7), BigInteger.One))
        );
        rsaRequest = Request(leaf, TrustStoreNames.Development);
        Expect(rsaEngine, rsaRequest);

        rawRsa = RSA.Create(2048);
        rsaHash = SHA256.HashData(content);
        rsaSignature = rawRsa.SignHash(rsaHash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private void SetUpGost(FixedClock clock)
    {
        var head = Pkcs12Reader.Read(RepositoryFiles.Read("test-2026/legal/valid/head.p12"), "Qwerty12");
        gostEngine = PkiEngine.Create(clock);
        gostEngine.Crls.Add(CrlIndex.Parse(RepositoryFiles.Read("test-2026/nca_gost2022_test.crl")));
        gostRequest = Request(head, TrustStoreNames.Test);
        Expect(gostEngine, gostRequest);

        var curve = new ECDomainParameters(
            ECGost3410NamedCurves.GetByOid(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA)
        );
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(curve, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        rawGostKey = (ECPublicKeyParameters)pair.Public;
        gostDigest = AlgorithmRegistry.ComputeDigest(KazakhOids.Streebog512Digest, content);
        var signer = new ECGost3410Signer();
        signer.Init(true, pair.Private);
        gostSignature = signer.GenerateSignature(gostDigest);
    }

    private VerificationRequest Request(SigningIdentity identity, string store)
    {
        var cms = new CmsSigner(new FixedClock(Now))
            .SignAsync(identity, content, new CmsSignOptions())
            .GetAwaiter()
            .GetResult();

        return new VerificationRequest
        {
            Cms = cms,
            TrustStore = store,
            Revocation = new RevocationOptions { Online = false },
        };
    }

    // The first call fills the caches; a benchmark of a failing verification would measure the wrong path.
    private static void Expect(PkiEngine engine, VerificationRequest request)
    {
        var report = engine.Verifier.VerifyAsync(request).GetAwaiter().GetResult();
        if (report.Indication != "TOTAL_PASSED")
        {
            throw new InvalidOperationException($"The benchmark CMS does not verify: {report.SubIndication}");
        }
    }
}
