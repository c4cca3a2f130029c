using Kazynashylyk.Agreements.Signing;

namespace Kazynashylyk.Agreements.Tests.Signing;

public sealed class CmsInputTests
{
    private static readonly byte[] Der = [0x30, 0x03, 0x02, 0x01, 0x05];

    [Fact]
    public void TryDecode_Base64Der_TheBytes()
    {
        Assert.Equal(Der, CmsInput.TryDecode(Convert.ToBase64String(Der), out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void TryDecode_PemWithLineBreaks_TheBytes()
    {
        var pem = "-----BEGIN CMS-----\r\n" + Convert.ToBase64String(Der).Insert(4, "\r\n")
            + "\r\n-----END CMS-----\r\n";

        Assert.Equal(Der, CmsInput.TryDecode(pem, out _));
    }

    [Theory]
    [InlineData("not a signature at all!")]
    [InlineData("AAAA")]
    [InlineData("-----BEGIN CMS-----\nMAMCAQU=")]
    public void TryDecode_NotBase64OfASequence_NullWithProblem(string text)
    {
        Assert.Null(CmsInput.TryDecode(text, out var problem));
        Assert.Equal("The CMS must be base64 of the DER bytes, or PEM, of a CMS SignedData.", problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void TryDecode_Missing_NullSayingMissing(string? text)
    {
        Assert.Null(CmsInput.TryDecode(text, out var problem));
        Assert.Equal("The CMS is missing.", problem);
    }

    [Fact]
    public void TryDecode_OverTheLimit_NullSayingTooLong()
    {
        Assert.Null(CmsInput.TryDecode(new string('A', CmsInput.MaxLength + 4), out var problem));
        Assert.Equal("The CMS is longer than 1000000 characters.", problem);
    }
}
