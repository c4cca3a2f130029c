using System.Globalization;
using System.Text.Json;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Development;
using Kazynashylyk.Pki.Keys;

namespace Kazynashylyk.DevelopmentCa;

/// <summary>Issues a development signing certificate and writes it with its new key as a .p12 file.</summary>
public static class IssueCommand
{
    /// <summary>
    /// Runs the command: on success one JSON line (serial, IIN, BIN, role, validity, file) on
    /// <paramref name="output"/>; every failure ends as a non-zero code with its reason on <paramref name="error"/>.
    /// </summary>
    public static async Task<int> RunAsync(
        IssueArguments arguments,
        TextWriter output,
        TextWriter error,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var problems = Validate(arguments, out var notBefore, out var notAfter);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem);
            }

            return ExitCodes.BadInput;
        }

        await WarnOnCheckDigitsAsync(arguments, error);
        SigningIdentity leaf;
        try
        {
            var folder = DevelopmentCaFolder.OpenOrCreate(arguments.Directory, arguments.CaPassword, time);
            leaf = folder.Issue(Identity(arguments), notBefore, notAfter);
        }
        catch (Exception e) when (e is DevelopmentCaException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The development CA cannot issue: {e.Message}");

            return ExitCodes.CaProblem;
        }

        try
        {
            await File.WriteAllBytesAsync(
                arguments.Output.FullName,
                Pkcs12Writer.Write(leaf, arguments.Password),
                cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync(
                $"Certificate {leaf.Certificate.SerialNumberHex} was issued but its key file cannot be written: "
                + e.Message);

            return ExitCodes.OutputProblem;
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            serial = leaf.Certificate.SerialNumberHex,
            iin = arguments.Iin,
            bin = arguments.Bin,
            role = arguments.Role,
            notBefore = leaf.Certificate.NotBefore,
            notAfter = leaf.Certificate.NotAfter,
            file = arguments.Output.FullName,
        }));

        return ExitCodes.Success;
    }

    private static List<string> Validate(
        IssueArguments arguments,
        out DateTimeOffset? notBefore,
        out DateTimeOffset? notAfter)
    {
        var problems = new List<string>();
        Require(problems, "--surname", arguments.Surname);
        Require(problems, "--name", arguments.Name);
        Require(problems, "--password", arguments.Password);
        if (!IsTwelveDigits(arguments.Iin))
        {
            problems.Add($"--iin must be 12 digits, not '{arguments.Iin}'.");
        }

        if (arguments.Bin is not null && !IsTwelveDigits(arguments.Bin))
        {
            problems.Add($"--bin must be 12 digits, not '{arguments.Bin}'.");
        }

        if (!LeafRoles.Names.Contains(arguments.Role))
        {
            problems.Add($"--role must be one of {string.Join(", ", LeafRoles.Names)}, not '{arguments.Role}'.");
        }
        else if (LeafRoles.IsLegalEntity(arguments.Role) && arguments.Bin is null)
        {
            problems.Add($"--role {arguments.Role} acts for an organisation: give its --bin.");
        }
        else if (!LeafRoles.IsLegalEntity(arguments.Role) && (arguments.Bin ?? arguments.Organization) is not null)
        {
            problems.Add("--role individual certifies a private person: leave out --bin and --org.");
        }

        // Checked before issuing, so that a typo in the path does not leave a certificate without its key file.
        if (!System.IO.Directory.Exists(arguments.Output.DirectoryName))
        {
            problems.Add($"--out names a folder that does not exist: '{arguments.Output.DirectoryName}'.");
        }

        notBefore = ParseTime(problems, "--not-before", arguments.NotBefore);
        notAfter = ParseTime(problems, "--not-after", arguments.NotAfter);

        return problems;
    }

    private static void Require(List<string> problems, string option, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{option} must not be empty.");
        }
    }

    private static bool IsTwelveDigits(string? value) => value is { Length: 12 } && value.All(char.IsAsciiDigit);

    private static DateTimeOffset? ParseTime(List<string> problems, string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        problems.Add($"{option} is not an ISO 8601 date or time: '{text}'.");

        return null;
    }

    // The development store does not check IIN/BIN check digits, but the production store and other services may.
    private static async Task WarnOnCheckDigitsAsync(IssueArguments arguments, TextWriter error)
    {
        if (!IdentifierChecksum.IsValid(arguments.Iin))
        {
            await error.WriteLineAsync(
                "Note: the IIN's check digit is wrong; only stores that skip the check accept it.");
        }

        if (arguments.Bin is not null && !IdentifierChecksum.IsValid(arguments.Bin))
        {
            await error.WriteLineAsync(
                "Note: the BIN's check digit is wrong; only stores that skip the check accept it.");
        }
    }

    private static DevelopmentIdentity Identity(IssueArguments arguments) =>
        new()
        {
            Surname = arguments.Surname.Trim(),
            Name = arguments.Name.Trim(),
            Patronymic = string.IsNullOrWhiteSpace(arguments.Patronymic) ? null : arguments.Patronymic.Trim(),
            Iin = arguments.Iin,
            Bin = arguments.Bin,
            Organization = string.IsNullOrWhiteSpace(arguments.Organization) ? null : arguments.Organization.Trim(),
            RoleOids = LeafRoles.OidsOf(arguments.Role),
        };
}
