using System.Globalization;
using System.Text.RegularExpressions;
using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>Checks the user part of a registration request and their identity document.</summary>
internal sealed partial class UserRequestValidator(FieldValidator fields, DateOnly today)
{
    public UserSubmission? Validate(UserRequest? user)
    {
        if (user is null)
        {
            fields.Add("user", "The user is required.");

            return null;
        }

        var login = user.Login?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(login) || !LoginPattern().IsMatch(login))
        {
            fields.Add("user.login", "The login must be 3 to 32 characters: a Latin letter first, then Latin letters, "
                + "digits, '.', '_' or '-'.");
            login = null;
        }

        var iin = fields.Identifier("user.iin", "IIN", user.Iin);
        var surname = fields.PersonName("user.surname", user.Surname, required: true);
        var name = fields.PersonName("user.name", user.Name, required: true);
        var patronymic = fields.PersonName("user.patronymic", user.Patronymic, required: false);
        var position = fields.Text("user.position", user.Position, 300);
        var email = fields.Email("user.email", user.Email);
        var phone = fields.Phone("user.phone", user.Phone);
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
            fields.Add(Path, "The identity document is required.");

            return null;
        }

        var kind = document.Kind?.Trim();
        if (kind is not (IdentityDocumentKinds.IdCard or IdentityDocumentKinds.Passport))
        {
            fields.Add($"{Path}.kind", "The kind must be 'id-card' or 'passport'.");
            kind = null;
        }

        var series = FieldValidator.Optional(document.Series);
        if (series is not null && (series.Length > 10 || !DocumentNumberPattern().IsMatch(series)))
        {
            fields.Add($"{Path}.series", "The series may hold up to 10 Latin letters and digits.");
        }

        var number = document.Number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number) || number.Length is < 5 or > 20 || !DocumentNumberPattern().IsMatch(number))
        {
            fields.Add($"{Path}.number", "The number must be 5 to 20 Latin letters and digits.");
            number = null;
        }

        var issuer = fields.Text($"{Path}.issuer", document.Issuer, 200);
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
            fields.Add(field, "The date must be a calendar date written yyyy-MM-dd.");

            return null;
        }

        if (date > today)
        {
            fields.Add(field, "The date of issue cannot be in the future.");

            return null;
        }

        if (date < RegistrationValidator.EarliestIssueDate)
        {
            fields.Add(field, "The date of issue cannot be before 1991-12-16.");

            return null;
        }

        return date;
    }

    [GeneratedRegex("^[a-z][a-z0-9._-]{2,31}$")]
    private static partial Regex LoginPattern();

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex DocumentNumberPattern();
}
