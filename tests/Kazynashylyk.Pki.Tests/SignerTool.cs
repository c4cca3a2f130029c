using Kazynashylyk.Signer;
using Microsoft.Extensions.Time.Testing;

namespace Kazynashylyk.Pki.Tests;

/// <summary>Runs the Signer tool's command in-process on temporary files.</summary>
internal static class SignerTool
{
    public static async Task<(int ExitCode, byte[] Output, string Error)> SignAsync(
        string keyFile,
        string password,
        byte[] content,
        bool detached = false,
        bool pem = false,
        DateTimeOffset? at = null,
        Uri? tsa = null
    )
    {
        var folder = Directory.CreateTempSubdirectory("kazynashylyk-sign-");
        try
        {
            var input = Path.Combine(folder.FullName, "content.bin");
            var output = Path.Combine(folder.FullName, "signature.cms");
            await File.WriteAllBytesAsync(input, content);
            using var error = new StringWriter();
            var arguments = new SignArguments(
                new FileInfo(TestPki.PathOf(keyFile)),
                password,
                new FileInfo(input),
                new FileInfo(output),
                detached,
                pem,
                tsa
            );

            var code = await SignCommand.RunAsync(
                arguments,
                error,
                new FakeTimeProvider(at ?? TestPki.Inside2026Validity),
                CancellationToken.None
            );

            return (code, File.Exists(output) ? await File.ReadAllBytesAsync(output) : [], error.ToString());
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
