using System.Text;

namespace Kazynashylyk.Pki.Tests.Tools;

public sealed class SignerToolTests
{
    [Fact]
    public async Task Sign_WrongPassword_NonZeroWithReason()
    {
        var (code, output, error) = await SignerTool.SignAsync(
            "test-2026/legal/valid/head.p12",
            "wrong",
            Encoding.UTF8.GetBytes("x")
        );

        Assert.NotEqual(0, code);
        Assert.Empty(output);
        Assert.Contains("password is wrong", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_MissingKeyFile_NonZeroWithReason()
    {
        var (code, _, error) = await SignerTool.SignAsync("test-2026/no-such.p12", "x", Encoding.UTF8.GetBytes("x"));

        Assert.NotEqual(0, code);
        Assert.Contains("Cannot read a file", error, StringComparison.Ordinal);
    }
}
