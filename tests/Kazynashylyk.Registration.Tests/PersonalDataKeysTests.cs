using Kazynashylyk.Registration.PersonalData;

namespace Kazynashylyk.Registration.Tests;

public sealed class PersonalDataKeysTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromSetting_Missing_ThrowsNamingTheSetting(string? value)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.FromSetting(value));

        Assert.Contains("Registration:PersonalDataKey", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSetting_NotBase64_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.FromSetting("not base64!"));

        Assert.Contains("not valid base64", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSetting_31Bytes_ThrowsWithoutEchoingTheKey()
    {
        var key = Convert.ToBase64String(new byte[31]);

        var exception = Assert.Throws<InvalidOperationException>(() => PersonalDataKeys.FromSetting(key));

        Assert.Contains("at least 32 bytes", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSetting_32Bytes_KeysThatProtect()
    {
        var keys = PersonalDataKeys.FromSetting(Keys.Base64("dev"));
        var protector = new PersonalDataProtector(keys);

        Assert.Equal("x", protector.UnprotectString(protector.Protect("x", "p"), "p"));
    }
}
