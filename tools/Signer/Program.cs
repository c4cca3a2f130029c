using System.CommandLine;
using Kazynashylyk.Signer;

var keyFile = new Option<FileInfo>("--p12") { Description = "The PKCS#12 key file", Required = true };
var password = new Option<string>("--password") { Description = "The key file's password", Required = true };
var input = new Option<FileInfo>("--in") { Description = "The file to sign", Required = true };
var output = new Option<FileInfo>("--out") { Description = "Where to write the CMS", Required = true };
var detached = new Option<bool>("--detached") { Description = "Leave the content out of the CMS" };
var pem = new Option<bool>("--pem") { Description = "Write PEM (-----BEGIN CMS-----) instead of DER" };
var tsa = new Option<Uri?>("--tsa") { Description = "Add a signature timestamp from this RFC 3161 TSA" };

var sign = new Command("sign", "Sign a file the way NCALayer does")
{
    keyFile,
    password,
    input,
    output,
    detached,
    pem,
    tsa,
};
sign.SetAction(
    (parse, cancellationToken) =>
        SignCommand.RunAsync(
            new SignArguments(
                parse.GetRequiredValue(keyFile),
                parse.GetRequiredValue(password),
                parse.GetRequiredValue(input),
                parse.GetRequiredValue(output),
                parse.GetValue(detached),
                parse.GetValue(pem),
                parse.GetValue(tsa)
            ),
            Console.Error,
            TimeProvider.System,
            cancellationToken
        )
);

var root = new RootCommand("Kazynashylyk signer: CMS signatures with NCA keys") { sign };

return await root.Parse(args).InvokeAsync();
