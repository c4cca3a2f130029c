using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.Pki.Tests.Keys;

public sealed class Pkcs12ReaderTests
{
    [Theory]
    [MemberData(nameof(TestPki.Keys2026), MemberType = typeof(TestPki))]
    public void Read_Gost2015KeyFile_PairsKeyWithItsCertificate(string file)
    {
        var identity = Pkcs12Reader.Read(TestPki.Bytes(file), TestPki.Password2026);

        Assert.Equal(KeyFamily.Gost2015With512BitKey, identity.Key.Family);
        Assert.Equal(KeyFamily.Gost2015With512BitKey, identity.Certificate.PublicKey!.Family);
    }

    [Theory]
    [InlineData("test-legacy/p12/key_individual_valid_sign_2004.p12", "Qwerty12", KeyFamily.Rsa)]
    [InlineData("test-legacy/p12/key_ceo_sign_revoked_2004.p12", "Qwerty12", KeyFamily.Gost2004)]
    [InlineData("test-legacy/p12/key_individual_valid_2015.p12", "Aa123456", KeyFamily.Gost2015With512BitKey)]
    public void Read_LegacyKeyFile_ReturnsKeyOfItsFamily(string file, string password, KeyFamily expected)
    {
        var identity = Pkcs12Reader.Read(TestPki.Bytes(file), password);

        Assert.Equal(expected, identity.Key.Family);
    }

    [Fact]
    public void Read_WrongPassword_ThrowsNamingThePassword()
    {
        var error = Assert.Throws<KeyFileException>(() =>
            Pkcs12Reader.Read(TestPki.Bytes("test-2026/legal/valid/head.p12"), "wrong")
        );

        Assert.Contains("password is wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAKeyFile_ThrowsKeyFileException()
    {
        var error = Assert.Throws<KeyFileException>(() => Pkcs12Reader.Read([1, 2, 3, 4], "x"));

        Assert.Contains("not a PKCS#12", error.Message, StringComparison.Ordinal);
    }
}
