using System.CommandLine;
using System.Globalization;
using Kazynashylyk.Verifier;

var file = new Argument<FileInfo>("file") { Description = "The CMS: DER, base64 or PEM" };
var content = new Option<FileInfo?>("--content") { Description = "The signed content of a detached CMS" };
var at = new Option<string?>("--at")
{
    Description = "Validate at this ISO 8601 time (reported as asserted, not proven)",
};
var trust = new Option<string>("--trust") { Description = "Trust store", DefaultValueFactory = _ => "production" };
trust.AcceptOnlyFromAmong("test", "development", "production");
var crl = new Option<FileInfo[]>("--crl") { Description = "A CRL file (repeatable)" };
var ocsp = new Option<FileInfo[]>("--ocsp-response") { Description = "An OCSP response file (repeatable)" };
var offline = new Option<bool>("--offline") { Description = "Use only the revocation files given" };

var root = new RootCommand("Kazynashylyk verifier: checks a CMS signature and prints the JSON report")
{
    file,
    content,
    at,
    trust,
    crl,
    ocsp,
    offline,
};

root.SetAction(
    async (parse, cancellationToken) =>
    {
        DateTimeOffset? asserted = null;
        var atText = parse.GetValue(at);
        if (atText is not null)
        {
            if (
                !DateTimeOffset.TryParse(
                    atText,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var parsed
                )
            )
            {
                await Console.Error.WriteLineAsync($"--at is not an ISO 8601 time: {atText}");
                return ExitCodes.UnusableInput;
            }

            asserted = parsed;
        }

        var arguments = new VerifyArguments
        {
            Cms = parse.GetRequiredValue(file),
            Content = parse.GetValue(content),
            At = asserted,
            TrustStore = parse.GetRequiredValue(trust),
            Crls = parse.GetValue(crl) ?? [],
            OcspResponses = parse.GetValue(ocsp) ?? [],
            Offline = parse.GetValue(offline),
            Mirrors = Environment.GetEnvironmentVariable("KAZYNASHYLYK_PKI_MIRRORS"),
        };

        return await VerifyCommand.RunAsync(
            arguments,
            Console.Out,
            Console.Error,
            TimeProvider.System,
            cancellationToken
        );
    }
);

var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    foreach (var parseError in result.Errors)
    {
        await Console.Error.WriteLineAsync(parseError.Message);
    }

    return ExitCodes.UnusableInput;
}

return await result.InvokeAsync();
