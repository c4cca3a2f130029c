using System.Security.Cryptography;
using System.Text;
using Kazynashylyk.Registration.PersonalData;

namespace Kazynashylyk.Registration.Tests;

public sealed class PersonalDataProtectorTests
{
    private static readonly Guid UserId = Guid.Parse("5f1d2c2e-6a34-4a8c-9f55-0d9b7c0e1a11");

    private readonly PersonalDataProtector protector = new(Keys.Derive("one"));

    [Fact]
    public void Unprotect_ProtectedIin_SameIin()
    {
        var sealedIin = protector.Protect("123456789012", DataPurposes.UserIin(UserId));

        Assert.Equal("123456789012", protector.UnprotectString(sealedIin, DataPurposes.UserIin(UserId)));
    }

    [Fact]
    public void Protect_SameValueTwice_DifferentBytesOfTheSameLength()
    {
        var first = protector.Protect("123456789012", DataPurposes.UserIin(UserId));
        var second = protector.Protect("123456789012", DataPurposes.UserIin(UserId));

        Assert.NotEqual(first, second);
        Assert.Equal(1 + 12 + 16 + 12, first.Length);
        Assert.Equal(first.Length, second.Length);
    }

    [Fact]
    public void Protect_Iin_CiphertextDoesNotHoldTheIin()
    {
        var sealedIin = protector.Protect("123456789012", DataPurposes.UserIin(UserId));

        Assert.DoesNotContain("123456789012", Encoding.Latin1.GetString(sealedIin), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(40)]
    public void Unprotect_OneByteChanged_Throws(int position)
    {
        var sealedIin = protector.Protect("123456789012", DataPurposes.UserIin(UserId));
        sealedIin[position] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(sealedIin, DataPurposes.UserIin(UserId)));
    }

    [Fact]
    public void Unprotect_ValueOfAnotherRow_Throws()
    {
        var sealedIin = protector.Protect("123456789012", DataPurposes.UserIin(UserId));

        Assert.ThrowsAny<CryptographicException>(
            () => protector.Unprotect(sealedIin, DataPurposes.UserIin(Guid.NewGuid())));
    }

    [Fact]
    public void Unprotect_ValueOfAnotherField_Throws()
    {
        var sealedIin = protector.Protect("123456789012", DataPurposes.UserIin(UserId));

        Assert.ThrowsAny<CryptographicException>(
            () => protector.Unprotect(sealedIin, DataPurposes.UserIdentityDocument(UserId)));
    }

    [Fact]
    public void Unprotect_UnderAnotherKey_Throws()
    {
        var sealedIin = protector.Protect("123456789012", DataPurposes.UserIin(UserId));
        var other = new PersonalDataProtector(Keys.Derive("two"));

        Assert.ThrowsAny<CryptographicException>(() => other.Unprotect(sealedIin, DataPurposes.UserIin(UserId)));
    }

    [Fact]
    public void Unprotect_Truncated_Throws()
    {
        Assert.ThrowsAny<CryptographicException>(
            () => protector.Unprotect(new byte[20], DataPurposes.UserIin(UserId)));
    }
}
