using System.CommandLine;
using Kazynashylyk.DevelopmentCa;

var directory = new Option<string>("--dir") { Description = "The development CA folder", Required = true };
var caPassword = new Option<string?>("--ca-password")
{
    Description = $"Password of the CA's key files (default: ${CaPassword.Variable}, else the development default)",
};

var init = new Command("init", "Create the development CA, or reopen it and refresh its CRL") { directory, caPassword };
init.SetAction((parse, _) => InitCommand.RunAsync(
    parse.GetRequiredValue(directory),
    CaPassword.Resolve(parse.GetValue(caPassword)),
    Console.Out,
    Console.Error,
    TimeProvider.System));

var surname = new Option<string>("--surname") { Description = "The holder's surname", Required = true };
var name = new Option<string>("--name") { Description = "The holder's first name", Required = true };
var patronymic = new Option<string?>("--patronymic") { Description = "The holder's patronymic" };
var iin = new Option<string>("--iin") { Description = "The holder's IIN, 12 digits", Required = true };
var bin = new Option<string?>("--bin") { Description = "The organisation's BIN, 12 digits (legal-entity roles)" };
var organization = new Option<string?>("--org") { Description = "The organisation's name" };
var role = new Option<string>("--role")
{
    Description = $"The holder's role: {string.Join(", ", LeafRoles.Names)}",
    Required = true,
};
var notBefore = new Option<string?>("--not-before") { Description = "Start of validity (default 2026-01-01)" };
var notAfter = new Option<string?>("--not-after") { Description = "End of validity (default 2027-12-31T23:59:59Z)" };
var output = new Option<FileInfo>("--out") { Description = "Where to write the .p12 key file", Required = true };
var password = new Option<string>("--password") { Description = "The .p12 key file's password", Required = true };

var issue = new Command("issue", "Issue a GOST 2015-512 signing certificate and write it with its key as a .p12")
{
    directory, caPassword, surname, name, patronymic, iin, bin, organization, role, notBefore, notAfter, output,
    password,
};
issue.SetAction((parse, cancellationToken) => IssueCommand.RunAsync(
    new IssueArguments
    {
        Directory = parse.GetRequiredValue(directory),
        CaPassword = CaPassword.Resolve(parse.GetValue(caPassword)),
        Surname = parse.GetRequiredValue(surname),
        Name = parse.GetRequiredValue(name),
        Patronymic = parse.GetValue(patronymic),
        Iin = parse.GetRequiredValue(iin),
        Bin = parse.GetValue(bin),
        Organization = parse.GetValue(organization),
        Role = parse.GetRequiredValue(role),
        NotBefore = parse.GetValue(notBefore),
        NotAfter = parse.GetValue(notAfter),
        Output = parse.GetRequiredValue(output),
        Password = parse.GetRequiredValue(password),
    },
    Console.Out,
    Console.Error,
    TimeProvider.System,
    cancellationToken));

var serial = new Option<string>("--serial") { Description = "The certificate's serial number, hex", Required = true };
var revoke = new Command("revoke", "Revoke a certificate this CA issued and re-issue the CRL")
{
    directory, caPassword, serial,
};
revoke.SetAction((parse, _) => RevokeCommand.RunAsync(
    parse.GetRequiredValue(directory),
    CaPassword.Resolve(parse.GetValue(caPassword)),
    parse.GetRequiredValue(serial),
    Console.Out,
    Console.Error,
    TimeProvider.System));

var root = new RootCommand(
    "Kazynashylyk development CA: NCA-shaped certificates trusted by the development trust store only")
{
    init, issue, revoke,
};

var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    foreach (var parseError in result.Errors)
    {
        await Console.Error.WriteLineAsync(parseError.Message);
    }

    return ExitCodes.BadInput;
}

return await result.InvokeAsync();
