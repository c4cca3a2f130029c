using Kazynashylyk.Registration.Registrations;

namespace Kazynashylyk.Registration.Tests;

public sealed class IdentifierChecksumTests
{
    [Theory]
    [InlineData("900101300017")]
    [InlineData("123456789013")]
    [InlineData("850715400129")]
    [InlineData("900101300811")] // the first weights give 10; the second ones give 1
    public void IsValid_RightCheckDigit_True(string value)
    {
        Assert.True(IdentifierChecksum.IsValid(value));
    }

    [Theory]
    [InlineData("123456789012")] // the NCA's test person: fails the check on purpose
    [InlineData("123456789021")] // the NCA's test organisation
    [InlineData("900101300011")]
    [InlineData("900101300800")] // both weightings give 10: no check digit can be right
    [InlineData("90010130001")]
    [InlineData("9001013000170")]
    [InlineData("90010130001a")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WrongOrMalformed_False(string? value)
    {
        Assert.False(IdentifierChecksum.IsValid(value));
    }

    [Theory]
    [InlineData("123456789012", true)]
    [InlineData("12345678901", false)]
    [InlineData("١٢٣٤٥٦٧٨٩٠١٢", false)] // Arabic-Indic digits are digits to char.IsDigit, not here
    public void IsTwelveDigits_Value_Expected(string value, bool expected)
    {
        Assert.Equal(expected, IdentifierChecksum.IsTwelveDigits(value));
    }
}
