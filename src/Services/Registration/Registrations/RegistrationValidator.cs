using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Kazynashylyk.Contracts.Agreements;
using Kazynashylyk.Registration.Data;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// Checks a registration request field by field and normalises it. Every problem is reported under the field's
/// JSON path (<c>user.identityDocument.issuedOn</c>), all at once. Reference data (does the unit or role exist,
/// is the terms version current) is checked later, against the database and the configuration.
/// </summary>
public sealed partial class RegistrationValidator(bool validateChecksums, DateOnly today)
{
    /// <summary>The earliest issue date accepted: documents of the Republic of Kazakhstan only.</summary>
    public static readonly DateOnly EarliestIssueDate = new(1991, 12, 16);

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The normalised submission, or null with <see cref="Errors"/> saying why.</summary>
    public RegistrationSubmission? Validate(SubmitRegistrationRequest? request)
    {
        if (request is null)
        {
            Add("body", "The request body is required.");

            return null;
        }

        var unit = Text("territorialUnitCode", request.TerritorialUnitCode, 8);
        var role = Text("roleCode", request.RoleCode, 50);
        var language = request.Language?.Trim();
        if (!Languages.IsKnown(language))
        {
            Add("language", "The language must be 'kk' or 'ru'.");
        }

        var terms = Text("termsVersion", request.TermsVersion, 32);
        var client = ValidateClient(request.Client);
        var user = ValidateUser(request.User);

        return errors.Count > 0
            ? null
            : new RegistrationSubmission(unit!, role!, language!, terms!, client!, user!);
    }

    private ClientSubmission? ValidateClient(ClientRequest? client)
    {
        if (client is null)
        {
            Add("client", "The client is required.");

            return null;
        }

        var code = Text("client.treasuryCode", client.TreasuryCode, 20);
        if (code is not null && !TreasuryCodePattern().IsMatch(code))
        {
            Add("client.treasuryCode", "The treasury code may hold only Latin letters, digits and hyphens.");
        }

        var bin = Identifier("client.bin", "BIN", client.Bin);
        var name = Text("client.name", client.Name, 500);
        var legalForm = Text("client.legalForm", client.LegalForm, 100);
        var head = ValidateHead(client.Head);

        return code is null || bin is null || name is null || legalForm is null || head is null
            ? null
            : new ClientSubmission(code, bin, name, legalForm, head);
    }

    private HeadSubmission? ValidateHead(HeadRequest? head)
    {
        if (head is null)
        {
            Add("client.head", "The client's head is required.");

            return null;
        }

        var surname = PersonName("client.head.surname", head.Surname, required: true);
        var name = PersonName("client.head.name", head.Name, required: true);
        var patronymic = PersonName("client.head.patronymic", head.Patronymic, required: false);
        var position = Text("client.head.position", head.Position, 300);
        var email = Email("client.head.email", head.Email);
        var basis = Text("client.head.authorityBasis", head.AuthorityBasis, 300);

        return surname is null || name is null || position is null || email is null || basis is null
            ? null
            : new HeadSubmission(surname, name, patronymic, position, email, basis);
    }

    private UserSubmission? ValidateUser(UserRequest? user)
    {
        if (user is null)
        {
            Add("user", "The user is required.");

            return null;
        }

        var login = user.Login?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(login) || !LoginPattern().IsMatch(login))
        {
            Add("user.login", "The login must be 3 to 32 characters: a Latin letter first, then Latin letters, "
                + "digits, '.', '_' or '-'.");
            login = null;
        }

        var iin = Identifier("user.iin", "IIN", user.Iin);
        var surname = PersonName("user.surname", user.Surname, required: true);
        var name = PersonName("user.name", user.Name, required: true);
        var patronymic = PersonName("user.patronymic", user.Patronymic, required: false);
        var position = Text("user.position", user.Position, 300);
        var email = Email("user.email", user.Email);
        var phone = Phone("user.phone", user.Phone);
        var document = ValidateDocument(user.IdentityDocument);

        return login is null || iin is null || surname is null || name is null || position is null
            || email is null || document is null
            ? null
            : new UserSubmission(login, iin, surname, name, patronymic, position, email, phone, document);
    }

    private IdentityDocumentDetails? ValidateDocument(IdentityDocumentRequest? document)
    {
        const string Path = "user.identityDocument";
        if (document is null)
        {
            Add(Path, "The identity document is required.");

            return null;
        }

        var kind = document.Kind?.Trim();
        if (kind is not (IdentityDocumentKinds.IdCard or IdentityDocumentKinds.Passport))
        {
            Add($"{Path}.kind", "The kind must be 'id-card' or 'passport'.");
            kind = null;
        }

        var series = Optional(document.Series);
        if (series is not null && (series.Length > 10 || !DocumentNumberPattern().IsMatch(series)))
        {
            Add($"{Path}.series", "The series may hold up to 10 Latin letters and digits.");
        }

        var number = document.Number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number) || number.Length is < 5 or > 20 || !DocumentNumberPattern().IsMatch(number))
        {
            Add($"{Path}.number", "The number must be 5 to 20 Latin letters and digits.");
            number = null;
        }

        var issuer = Text($"{Path}.issuer", document.Issuer, 200);
        var issuedOn = IssueDate($"{Path}.issuedOn", document.IssuedOn);

        return kind is null || number is null || issuer is null || issuedOn is null
            ? null
            : new IdentityDocumentDetails
            {
                Kind = kind,
                Series = series?.ToUpperInvariant(),
                Number = number,
                Issuer = issuer,
                IssuedOn = issuedOn.Value,
            };
    }

    private DateOnly? IssueDate(string field, string? value)
    {
        if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date))
        {
            Add(field, "The date must be a calendar date written yyyy-MM-dd.");

            return null;
        }

        if (date > today)
        {
            Add(field, "The date of issue cannot be in the future.");

            return null;
        }

        if (date < EarliestIssueDate)
        {
            Add(field, "The date of issue cannot be before 1991-12-16.");

            return null;
        }

        return date;
    }

    private string? Identifier(string field, string name, string? value)
    {
        var trimmed = value?.Trim();
        if (!IdentifierChecksum.IsTwelveDigits(trimmed))
        {
            Add(field, $"The {name} must be 12 digits.");

            return null;
        }

        if (validateChecksums && !IdentifierChecksum.IsValid(trimmed))
        {
            Add(field, $"The {name}'s check digit is wrong.");

            return null;
        }

        return trimmed;
    }

    private string? Email(string field, string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254
            || !MailAddress.TryCreate(trimmed, out var address)
            || address.Address != trimmed || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            Add(field, "The e-mail address is not valid.");

            return null;
        }

        return trimmed;
    }

    private string? Phone(string field, string? value)
    {
        var trimmed = Optional(value);
        if (trimmed is null)
        {
            return null;
        }

        var digits = PhoneSeparators().Replace(trimmed, string.Empty);
        if (!PhonePattern().IsMatch(digits))
        {
            Add(field, "The phone number must be 10 to 15 digits, optionally after '+'.");

            return null;
        }

        return digits;
    }

    private string? PersonName(string field, string? value, bool required)
    {
        var trimmed = required ? Text(field, value, 100) : Optional(value);
        if (trimmed is null)
        {
            return null;
        }

        if (trimmed.Length > 100 || !PersonNamePattern().IsMatch(trimmed))
        {
            Add(field, "A name may hold only letters, spaces, hyphens, apostrophes and dots, up to 100 characters.");

            return null;
        }

        return trimmed;
    }

    private string? Text(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            Add(field, "The field is required.");

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            Add(field, $"The field may hold at most {maxLength} characters.");

            return null;
        }

        if (trimmed.Any(char.IsControl))
        {
            Add(field, "The field may not hold control characters.");

            return null;
        }

        return trimmed;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    [GeneratedRegex("^[a-z][a-z0-9._-]{2,31}$")]
    private static partial Regex LoginPattern();

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex TreasuryCodePattern();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex DocumentNumberPattern();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}' .-]*$")]
    private static partial Regex PersonNamePattern();

    [GeneratedRegex(@"[\s()-]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^\+?[0-9]{10,15}$")]
    private static partial Regex PhonePattern();
}
