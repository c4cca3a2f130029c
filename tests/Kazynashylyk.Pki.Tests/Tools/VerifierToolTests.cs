using System.Text;
using System.Text.Json;
using Kazynashylyk.Verifier;
using Microsoft.Extensions.Time.Testing;

namespace Kazynashylyk.Pki.Tests.Tools;

public sealed class VerifierToolTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kazynashylyk-verify-");

    [Fact]
    public async Task Run_ValidCmsOfflineWithCrl_ExitZeroAndJsonOnly()
    {
        var cms = await SignedFileAsync("test-2026/legal/valid/head.p12");

        var (code, output, error) = await RunAsync(
            new VerifyArguments
            {
                Cms = cms,
                TrustStore = "test",
                Crls = [new FileInfo(TestPki.PathOf("test-2026/nca_gost2022_test.crl"))],
                Offline = true,
            }
        );

        using var json = JsonDocument.Parse(output);
        Assert.Equal(ExitCodes.Passed, code);
        Assert.Equal("TOTAL_PASSED", json.RootElement.GetProperty("indication").GetString());
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task Run_DefaultProductionStore_ExitTwoNoChain()
    {
        var cms = await SignedFileAsync("test-2026/legal/valid/head.p12");

        var (code, output, _) = await RunAsync(new VerifyArguments { Cms = cms, Offline = true });

        using var json = JsonDocument.Parse(output);
        Assert.Equal(ExitCodes.Indeterminate, code);
        Assert.Equal("NO_CERTIFICATE_CHAIN_FOUND", json.RootElement.GetProperty("subIndication").GetString());
    }

    [Fact]
    public async Task Run_OfflineWithoutCrl_ExitTwoTryLater()
    {
        var cms = await SignedFileAsync("test-2026/legal/valid/head.p12");

        var (code, output, _) = await RunAsync(
            new VerifyArguments
            {
                Cms = cms,
                TrustStore = "test",
                Offline = true,
            }
        );

        using var json = JsonDocument.Parse(output);
        Assert.Equal(ExitCodes.Indeterminate, code);
        Assert.Equal("TRY_LATER", json.RootElement.GetProperty("subIndication").GetString());
    }

    [Fact]
    public async Task Run_TamperedDetachedContent_ExitOneHashFailure()
    {
        var cms = await SignedFileAsync("test-2026/legal/valid/head.p12", detached: true);
        var content = Path.Combine(folder.FullName, "other.txt");
        await File.WriteAllTextAsync(content, "not the signed text");

        var (code, output, _) = await RunAsync(
            new VerifyArguments
            {
                Cms = cms,
                Content = new FileInfo(content),
                TrustStore = "test",
                Offline = true,
            }
        );

        using var json = JsonDocument.Parse(output);
        Assert.Equal(ExitCodes.Failed, code);
        Assert.Equal("HASH_FAILURE", json.RootElement.GetProperty("subIndication").GetString());
    }

    [Fact]
    public async Task Run_Garbage_ExitThreeNothingOnStdout()
    {
        var garbage = Path.Combine(folder.FullName, "garbage.cms");
        await File.WriteAllTextAsync(garbage, "this is not a signature");

        var (code, output, error) = await RunAsync(new VerifyArguments { Cms = new FileInfo(garbage), Offline = true });

        Assert.Equal(ExitCodes.UnusableInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("neither DER, base64 nor PEM", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DetachedWithoutContent_ExitThree()
    {
        var cms = await SignedFileAsync("test-2026/legal/valid/head.p12", detached: true);

        var (code, _, error) = await RunAsync(
            new VerifyArguments
            {
                Cms = cms,
                TrustStore = "test",
                Offline = true,
            }
        );

        Assert.Equal(ExitCodes.UnusableInput, code);
        Assert.Contains("ContentMissing", error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(true);

    private async Task<FileInfo> SignedFileAsync(string keyFile, bool detached = false)
    {
        var (_, cms, _) = await SignerTool.SignAsync(
            keyFile,
            TestPki.Password2026,
            Encoding.UTF8.GetBytes("signed text"),
            detached
        );
        var path = Path.Combine(folder.FullName, Guid.NewGuid().ToString("N") + ".cms");
        await File.WriteAllBytesAsync(path, cms);

        return new FileInfo(path);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(VerifyArguments arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await VerifyCommand.RunAsync(
            arguments,
            output,
            error,
            new FakeTimeProvider(TestPki.Inside2026Validity),
            CancellationToken.None
        );

        return (code, output.ToString(), error.ToString());
    }
}
