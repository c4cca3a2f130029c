using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Net;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Reports;
using Kazynashylyk.Pki.Revocation;
using Kazynashylyk.Pki.Verification;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.Verifier;

/// <summary>Verifies a CMS file and writes only the JSON report to standard output.</summary>
public static class VerifyCommand
{
    /// <summary>Runs a verification; problems that prevent a report go to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(
        VerifyArguments arguments,
        TextWriter output,
        TextWriter error,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        using var http = new HttpClient(PkiHttpClient.CreateHandler());
        var fetcher = arguments.Offline
            ? null
            : new PkiHttpClient(
                http,
                new PkiHttpOptions { Mirrors = ParseMirrors(arguments.Mirrors) },
                NullLogger<PkiHttpClient>.Instance
            );
        using var engine = PkiEngine.Create(time, http: fetcher);

        VerificationRequest request;
        try
        {
            request = await BuildRequestAsync(arguments, engine, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await error.WriteLineAsync($"Cannot read the input: {e.Message}");
            return ExitCodes.UnusableInput;
        }

        VerificationReport report;
        try
        {
            report = await engine.Verifier.VerifyAsync(request, cancellationToken);
        }
        catch (UnusableInputException e)
        {
            await error.WriteLineAsync($"Unusable input ({e.Reason}): {e.Message}");
            return ExitCodes.UnusableInput;
        }

        await output.WriteLineAsync(ReportJson.Serialize(report));

        return report.Indication switch
        {
            Indications.TotalPassed => ExitCodes.Passed,
            Indications.TotalFailed => ExitCodes.Failed,
            _ => ExitCodes.Indeterminate,
        };
    }

    private static async Task<VerificationRequest> BuildRequestAsync(
        VerifyArguments arguments,
        PkiEngine engine,
        CancellationToken cancellationToken
    )
    {
        foreach (var crl in arguments.Crls)
        {
            var index = CrlIndex.Parse(await File.ReadAllBytesAsync(crl.FullName, cancellationToken));
            engine.Crls.Add(index);
        }

        var responses = new List<byte[]>();
        foreach (var response in arguments.OcspResponses)
        {
            responses.Add(await File.ReadAllBytesAsync(response.FullName, cancellationToken));
        }

        return new VerificationRequest
        {
            Cms = await BoundedFile.ReadAsync(arguments.Cms, cancellationToken),
            Content = arguments.Content is null
                ? (ReadOnlyMemory<byte>?)null
                : await BoundedFile.ReadAsync(arguments.Content, cancellationToken),
            TrustStore = arguments.TrustStore,
            AssertedTime = arguments.At,
            Revocation = new RevocationOptions { Online = !arguments.Offline, SuppliedOcspResponses = responses },
        };
    }

    private static Dictionary<string, string> ParseMirrors(string? mirrors)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (
            var pair in (mirrors ?? string.Empty).Split(
                ';',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
        )
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            if (separator > 0)
            {
                result[pair[..separator]] = pair[(separator + 1)..];
            }
        }

        return result;
    }
}
