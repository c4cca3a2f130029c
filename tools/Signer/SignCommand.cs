using System.Text;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Net;
using Kazynashylyk.Pki.Timestamps;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.Signer;

/// <summary>Signs a file with a .p12 key the way NCALayer does and writes the CMS.</summary>
public static class SignCommand
{
    public const int Success = 0;
    public const int KeyProblem = 2;
    public const int FileProblem = 3;
    public const int TimestampProblem = 4;

    /// <summary>
    /// Runs the command; every failure ends as a non-zero code with its reason on <paramref name="error"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        SignArguments arguments,
        TextWriter error,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(error);

        byte[] keyBytes;
        byte[] content;
        try
        {
            keyBytes = await File.ReadAllBytesAsync(arguments.KeyFile.FullName, cancellationToken);
            content = await File.ReadAllBytesAsync(arguments.Input.FullName, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot read a file: {e.Message}");

            return FileProblem;
        }

        SigningIdentity identity;
        try
        {
            identity = Pkcs12Reader.Read(keyBytes, arguments.Password);
        }
        catch (KeyFileException e)
        {
            await error.WriteLineAsync($"Cannot open the key file {arguments.KeyFile.Name}: {e.Message}");

            return KeyProblem;
        }

        using var http = new HttpClient(PkiHttpClient.CreateHandler());
        var options = new CmsSignOptions
        {
            Detached = arguments.Detached,
            Timestamps = arguments.TsaUrl is null
                ? null
                : new HttpTimestampClient(
                    new PkiHttpClient(http, new PkiHttpOptions(), NullLogger<PkiHttpClient>.Instance),
                    arguments.TsaUrl
                ),
        };

        byte[] cms;
        try
        {
            cms = await new CmsSigner(time).SignAsync(identity, content, options, cancellationToken);
        }
        catch (TimestampException e)
        {
            await error.WriteLineAsync($"Cannot timestamp the signature: {e.Message}");

            return TimestampProblem;
        }

        try
        {
            var output = arguments.Pem ? Encoding.ASCII.GetBytes(CmsSigner.ToPem(cms)) : cms;
            await File.WriteAllBytesAsync(arguments.Output.FullName, output, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot write the output: {e.Message}");

            return FileProblem;
        }

        return Success;
    }
}
