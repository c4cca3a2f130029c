using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Tests.Certificates;

public sealed class IdentifierChecksumTests
{
    [Theory]
    [InlineData("123456789013", true)]
    [InlineData("123456789011", false)]
    [InlineData("123456789021", false)]
    [InlineData("12345678901", false)]
    [InlineData("12345678901X", false)]
    public void IsValid_Identifier_ChecksDigit(string identifier, bool expected)
    {
        Assert.Equal(expected, IdentifierChecksum.IsValid(identifier));
    }
}
