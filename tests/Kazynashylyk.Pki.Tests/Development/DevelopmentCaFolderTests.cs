using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Tests.Development;

public sealed class DevelopmentCaFolderTests : IDisposable
{
    private const string Password = "ca-test-password";
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kazynashylyk-devca-");
    private readonly ManualClock clock = new(Now);

    [Fact]
    public void OpenOrCreate_EmptyFolder_WritesTheLayout()
    {
        var ca = Open();

        Assert.True(ca.Created);
        Assert.Equal(
            ["ca.cer", "root.cer"],
            Directory.EnumerateFiles(folder.FullName, "*.cer").Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
        Assert.True(File.Exists(Path.Combine(folder.FullName, "private", "ca.p12")));
        Assert.True(File.Exists(Path.Combine(folder.FullName, "private", "root.p12")));
        var crl = CrlIndex.Parse(File.ReadAllBytes(Path.Combine(folder.FullName, "crl", "dev_ca.crl")));
        Assert.Equal((Now, Now.AddDays(30), 1), (crl.ThisUpdate, crl.NextUpdate, (int)crl.CrlNumber!.Value));
        Assert.True(crl.IsSignedBy(ca.Ca.Certificate));
    }

    [Fact]
    public void OpenOrCreate_CaCertificates_GostValidFrom2026ForTenAndFiveYears()
    {
        var ca = Open();

        Assert.Equal(
            (KeyFamily.Gost2015With512BitKey, new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            (ca.Root.Key.Family, ca.Root.Certificate.NotAfter)
        );
        Assert.Equal(
            (KeyFamily.Gost2015With512BitKey, new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            (ca.Ca.Key.Family, ca.Ca.Certificate.NotAfter)
        );
        Assert.True(ca.Ca.Certificate.IsSignedBy(ca.Root.Certificate));
    }

    [Fact]
    public void OpenOrCreate_Reopened_SameCaAndCrlKept()
    {
        var first = Open();
        clock.SetUtcNow(Now.AddDays(1));

        var second = Open();

        Assert.False(second.Created);
        Assert.Equal(first.Ca.Certificate.Thumbprint, second.Ca.Certificate.Thumbprint);
        Assert.Equal(1, (int)Crl().CrlNumber!.Value);
    }

    [Fact]
    public void OpenOrCreate_CrlWithinHalfItsLifetimeOfExpiry_ReissuedWithNextNumber()
    {
        Open();
        clock.SetUtcNow(Now.AddDays(16));

        Open();

        Assert.Equal((2, Now.AddDays(46)), ((int)Crl().CrlNumber!.Value, Crl().NextUpdate));
    }

    [Fact]
    public void OpenOrCreate_CertificateFileDeleted_Restored()
    {
        var ca = Open();
        File.Delete(Path.Combine(folder.FullName, "ca.cer"));

        Open();

        Assert.Equal(ca.Ca.Certificate.Der, File.ReadAllBytes(Path.Combine(folder.FullName, "ca.cer")));
    }

    [Fact]
    public void OpenOrCreate_WrongPassword_ThrowsNamingThePassword()
    {
        Open();

        var error = Assert.Throws<DevelopmentCaException>(() =>
            DevelopmentCaFolder.OpenOrCreate(folder.FullName, "other", clock)
        );

        Assert.Contains("password is wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenOrCreate_FourCallersAtOnce_OneCaCreated()
    {
        var callers = Enumerable.Range(0, 4).Select(_ => Task.Run(Open)).ToArray();

        var opened = await Task.WhenAll(callers);

        Assert.Single(opened, o => o.Created);
        Assert.Single(opened.Select(o => o.Ca.Certificate.Thumbprint).Distinct());
    }

    [Fact]
    public void Issue_FirstHead_NcaLayoutWithDevelopmentAddresses()
    {
        var ca = Open();

        var leaf = ca.Issue(DevelopmentCaSamples.FirstHead);

        Assert.Equal(KeyFamily.Gost2015With512BitKey, leaf.Key.Family);
        Assert.Equal([DevelopmentCaAddresses.CrlUrl], DistributionPoints.Crl(leaf.Certificate));
        Assert.Equal([DevelopmentCaAddresses.OcspUrl], DistributionPoints.Ocsp(leaf.Certificate));
        Assert.Equal(
            new Uri("http://development.pki.kazynashylyk.local/crl/dev_ca.crl"),
            DistributionPoints.Crl(leaf.Certificate)[0]
        );
        Assert.Contains(KazakhOids.EkuFirstHead, leaf.Certificate.ExtendedKeyUsage);
        Assert.Equal(
            (DevelopmentCaFolder.DefaultLeafNotBefore, DevelopmentCaFolder.DefaultLeafNotAfter),
            (leaf.Certificate.NotBefore, leaf.Certificate.NotAfter)
        );
        Assert.Equal(
            [ca.Ca.Certificate.Thumbprint, ca.Root.Certificate.Thumbprint],
            leaf.OtherCertificates.Select(c => c.Thumbprint)
        );
        Assert.Equal(2, (int)Crl().CrlNumber!.Value);
    }

    [Fact]
    public void Issue_ValidityBeyondTheCa_Throws()
    {
        var ca = Open();

        var error = Assert.Throws<DevelopmentCaException>(() =>
            ca.Issue(DevelopmentCaSamples.FirstHead, notAfter: new DateTimeOffset(2032, 1, 1, 0, 0, 0, TimeSpan.Zero))
        );

        Assert.Contains("within the CA's, 2026-01-01 to 2031-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_IssuedSerial_ListedInNextCrl()
    {
        var ca = Open();
        var leaf = ca.Issue(DevelopmentCaSamples.FirstHead);
        clock.SetUtcNow(Now.AddHours(2));

        var revoked = ca.Revoke(leaf.Certificate.SerialNumberHex.ToLowerInvariant());

        var crl = Crl();
        Assert.True(revoked);
        Assert.Equal(3, (int)crl.CrlNumber!.Value);
        Assert.True(crl.TryFind(leaf.Certificate, out var entry));
        Assert.Equal(Now.AddHours(2), entry.RevokedAt);
    }

    [Fact]
    public void Revoke_Twice_SecondReportsAlreadyRevoked()
    {
        var ca = Open();
        var serial = ca.Issue(DevelopmentCaSamples.FirstHead).Certificate.SerialNumberHex;
        ca.Revoke(serial);

        var revokedAgain = ca.Revoke(serial);

        Assert.False(revokedAgain);
        Assert.Equal(1, Crl().Count);
    }

    [Theory]
    [InlineData("ABCDEF0123", "This CA issued no certificate with serial ABCDEF0123.")]
    [InlineData("xyz", "'xyz' is not a hexadecimal serial number.")]
    public void Revoke_UnknownOrMalformedSerial_ThrowsWithReason(string serial, string message)
    {
        var ca = Open();

        var error = Assert.Throws<DevelopmentCaException>(() => ca.Revoke(serial));

        Assert.Equal(message, error.Message);
    }

    public void Dispose() => folder.Delete(true);

    private DevelopmentCaFolder Open() => DevelopmentCaFolder.OpenOrCreate(folder.FullName, Password, clock);

    private CrlIndex Crl() => CrlIndex.Parse(File.ReadAllBytes(Path.Combine(folder.FullName, "crl", "dev_ca.crl")));
}
