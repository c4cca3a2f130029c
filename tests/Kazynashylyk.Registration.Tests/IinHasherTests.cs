using System.Security.Cryptography;
using System.Text;
using Kazynashylyk.Registration.PersonalData;

namespace Kazynashylyk.Registration.Tests;

public sealed class IinHasherTests
{
    private readonly IinHasher hasher = new(Keys.Derive("one"));

    [Fact]
    public void Hash_SameIinTwice_SameThirtyTwoBytes()
    {
        var first = hasher.Hash("123456789012");

        Assert.Equal(32, first.Length);
        Assert.Equal(first, hasher.Hash("123456789012"));
        Assert.Equal(first, hasher.Hash(" 123456789012 "));
    }

    [Fact]
    public void Hash_DifferentIins_DifferentHashes()
    {
        Assert.NotEqual(hasher.Hash("123456789012"), hasher.Hash("123456789011"));
    }

    [Fact]
    public void Hash_UnderAnotherKey_DifferentHash()
    {
        Assert.NotEqual(hasher.Hash("123456789012"), new IinHasher(Keys.Derive("two")).Hash("123456789012"));
    }

    [Fact]
    public void Hash_Iin_IsNotThePlainSha256()
    {
        var plain = SHA256.HashData(Encoding.ASCII.GetBytes("123456789012"));

        Assert.NotEqual(plain, hasher.Hash("123456789012"));
    }

    [Fact]
    public void HashBase64Url_Iin_43CharactersWithoutPaddingOrUrlUnsafeCharacters()
    {
        var claim = hasher.HashBase64Url("123456789012");

        Assert.Equal(43, claim.Length);
        Assert.DoesNotContain('=', claim);
        Assert.DoesNotContain('+', claim);
        Assert.DoesNotContain('/', claim);
        Assert.Equal(hasher.Hash("123456789012"), Convert.FromBase64String(
            claim.Replace('-', '+').Replace('_', '/') + "="));
    }

    [Fact]
    public void Derive_MasterKey_EncryptionAndHmacKeysDifferFromEachOtherAndFromTheMaster()
    {
        var master = Encoding.ASCII.GetBytes("one".PadRight(32, '*'));
        var keys = PersonalDataKeys.Derive(master);

        Assert.Equal(32, keys.EncryptionKey.Length);
        Assert.NotEqual(keys.EncryptionKey, keys.HmacKey);
        Assert.NotEqual(master, keys.EncryptionKey);
        Assert.NotEqual(master, keys.HmacKey);
    }
}
