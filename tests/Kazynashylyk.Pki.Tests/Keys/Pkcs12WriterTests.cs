using System.Numerics;
using System.Text;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Revocation;
using Kazynashylyk.Pki.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Kazynashylyk.Pki.Tests.Keys;

public sealed class Pkcs12WriterTests
{
    private const string Password = "Dev-пароль 1";
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<KeyFamily> Families =>
        [KeyFamily.Gost2015With512BitKey, KeyFamily.Gost2015With256BitKey, KeyFamily.Rsa];

    [Theory]
    [MemberData(nameof(Families))]
    public void Write_ThenRead_SameKeyCertificateAndChain(KeyFamily family)
    {
        var pki = DevelopmentPki.Create(family, "P12 ROUND TRIP", Now.AddYears(-1));
        var leaf = Leaf(pki);

        var read = Pkcs12Reader.Read(Pkcs12Writer.Write(leaf, Password), Password);

        Assert.Equal(family, read.Key.Family);
        Assert.Equal(leaf.Certificate.Thumbprint, read.Certificate.Thumbprint);
        Assert.Equal(
            [pki.Ca.Certificate.Thumbprint, pki.Root.Certificate.Thumbprint],
            read.OtherCertificates.Select(c => c.Thumbprint)
        );
        var probe = "probe"u8.ToArray();
        var algorithm = AlgorithmRegistry.ResolveSignature(read.Key.SignatureOid)!;
        Assert.True(leaf.Certificate.PublicKey!.Verify(algorithm, probe, read.Key.Sign(probe)));
    }

    [Fact]
    public void Write_Gost512_KeyStructureAsNcaWritesIt()
    {
        var key = GostSigningKey.Generate(KeyFamily.Gost2015With512BitKey);

        var info = Pkcs12Writer.PrivateKeyInfoOf(key);

        Assert.Equal(KazakhOids.Gost2015PublicKey512, info.PrivateKeyAlgorithm.Algorithm.Id);
        Assert.Equal(64, ((Org.BouncyCastle.Asn1.Asn1OctetString)info.ParsePrivateKey()).GetOctets().Length);
    }

    [Fact]
    public void Read_WrongPassword_ThrowsNamingThePassword()
    {
        var pki = DevelopmentPki.Create(KeyFamily.Gost2015With512BitKey, "P12 WRONG PASSWORD", Now.AddYears(-1));
        var file = Pkcs12Writer.Write(Leaf(pki), Password);

        var error = Assert.Throws<KeyFileException>(() => Pkcs12Reader.Read(file, "Dev-пароль 2"));

        Assert.Contains("password is wrong", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public async Task Write_KeyReadBack_SignsCmsThatVerifies(KeyFamily family)
    {
        var pki = DevelopmentPki.Create(family, "P12 SIGNS", Now.AddYears(-1));
        var leaf = Leaf(pki);
        var read = Pkcs12Reader.Read(Pkcs12Writer.Write(leaf, Password), Password);
        var clock = new FakeTimeProvider(Now);
        var cms = await new CmsSigner(clock).SignAsync(read, Encoding.UTF8.GetBytes("doc"), new CmsSignOptions());
        using var engine = PkiEngine.Create(clock, TrustStoreCatalog.CreateStandard(pki.CaCertificates));
        engine.Crls.Add(CrlIndex.Parse(DevelopmentCrlBuilder.Build(pki.Ca, [], Now, Now.AddDays(1), BigInteger.One)));

        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = cms,
                TrustStore = TrustStoreNames.Development,
                Revocation = new RevocationOptions { Online = false },
            }
        );

        Assert.Equal((Indications.TotalPassed, null), (report.Indication, report.SubIndication));
    }

    private static SigningIdentity Leaf(DevelopmentPki pki)
    {
        var leaf = pki.IssueLeaf(
            new DevelopmentIdentity
            {
                Surname = "ЖАЗУОВ",
                Name = "ЖАЗУ",
                Iin = "900101300123",
                RoleOids = [KazakhOids.EkuIndividual],
            },
            Now.AddDays(-1),
            Now.AddDays(30)
        );

        return leaf with { OtherCertificates = [pki.Ca.Certificate, pki.Root.Certificate] };
    }
}
