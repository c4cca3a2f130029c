using Kazynashylyk.Registration.Data;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// Checks a registration request field by field and normalises it. Every problem is reported under the field's
/// JSON path (<c>user.identityDocument.issuedOn</c>), all at once. Reference data (does the unit or role exist,
/// is the terms version current) is checked later, against the database and the configuration.
/// </summary>
public sealed class RegistrationValidator(bool validateChecksums, DateOnly today)
{
    /// <summary>The earliest issue date accepted: documents of the Republic of Kazakhstan only.</summary>
    public static readonly DateOnly EarliestIssueDate = new(1991, 12, 16);

    private readonly FieldValidator fields = new(validateChecksums);

    public IReadOnlyDictionary<string, string[]> Errors => fields.Errors;

    /// <summary>The normalised submission, or null with <see cref="Errors"/> saying why.</summary>
    public RegistrationSubmission? Validate(SubmitRegistrationRequest? request)
    {
        if (request is null)
        {
            fields.Add("body", "The request body is required.");

            return null;
        }

        var unit = fields.Text("territorialUnitCode", request.TerritorialUnitCode, 8);
        var role = fields.Text("roleCode", request.RoleCode, 50);
        var language = request.Language?.Trim();
        if (!Languages.IsKnown(language))
        {
            fields.Add("language", "The language must be 'kk' or 'ru'.");
        }

        var terms = fields.Text("termsVersion", request.TermsVersion, 32);
        var client = new ClientRequestValidator(fields).Validate(request.Client);
        var user = new UserRequestValidator(fields, today).Validate(request.User);

        return fields.HasErrors
            ? null
            : new RegistrationSubmission(unit!, role!, language!, terms!, client!, user!);
    }
}
