using Kazynashylyk.Contracts.Agreements;

namespace Kazynashylyk.Agreements.Drafting;

/// <summary>
/// Checks the parties of a <see cref="DraftAgreement"/> before anything is drafted. Each problem is a sentence a
/// person can act on; none quotes a value, so the problems may be logged and published.
/// </summary>
public static class PartiesValidator
{
    private const int MaxText = 300;

    /// <summary>The identity document kinds an agreement can name.</summary>
    public static IReadOnlyList<string> IdentityDocumentKinds { get; } = ["id-card", "passport"];

    /// <summary>Every problem found, in the order of the document; empty when the parties can be drafted.</summary>
    public static IReadOnlyList<string> Validate(DraftAgreement command, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(command);
        var problems = new List<string>();
        if (command.AgreementId == Guid.Empty || command.OnboardingId == Guid.Empty)
        {
            problems.Add("The agreement id and the onboarding id must not be empty.");
        }

        if (command.Parties is not { } parties)
        {
            problems.Add("The command names no parties.");
            return problems;
        }

        ValidateTreasury(parties.Treasury, problems);
        ValidateClient(parties.Client, problems);
        ValidateUser(parties.User, today, problems);

        return problems;
    }

    /// <summary>True for exactly twelve ASCII digits, the form of an IIN and a BIN.</summary>
    public static bool IsTwelveDigits(string? value) => value is { Length: 12 } && value.All(char.IsAsciiDigit);

    private static void ValidateTreasury(TreasuryParty? treasury, List<string> problems)
    {
        if (treasury is null)
        {
            problems.Add("The treasury party is missing.");
            return;
        }

        if (treasury.UnitCode is not { Length: >= 2 and <= 8 } code || !code.All(char.IsAsciiLetterOrDigit))
        {
            problems.Add("The treasury unit's code must be 2 to 8 letters or digits.");
        }

        Text(treasury.Name, "The treasury unit's name", problems);
        Text(treasury.Place, "The place of the agreement", problems, 200);
        Text(treasury.SignatoryTitle, "The treasury signatory's title", problems);
        Text(treasury.AuthorityBasis, "The treasury signatory's basis of authority", problems);
    }

    private static void ValidateClient(ClientParty? client, List<string> problems)
    {
        if (client is null)
        {
            problems.Add("The client party is missing.");
            return;
        }

        if (client.ClientId == Guid.Empty)
        {
            problems.Add("The client's id must not be empty.");
        }

        if (!IsTwelveDigits(client.Bin))
        {
            problems.Add("The client's BIN must be 12 digits.");
        }

        Text(client.TreasuryCode, "The client's code in the treasury", problems, 32);
        Text(client.Name, "The client's name", problems);
        Text(client.LegalForm, "The client's legal form", problems);
        Text(client.HeadFullName, "The client head's full name", problems);
        Text(client.HeadPosition, "The client head's position", problems);
        Text(client.AuthorityBasis, "The client head's basis of authority", problems);
    }

    private static void ValidateUser(UserParty? user, DateOnly today, List<string> problems)
    {
        if (user is null)
        {
            problems.Add("The user party is missing.");
            return;
        }

        if (user.UserId == Guid.Empty)
        {
            problems.Add("The user's id must not be empty.");
        }

        if (!IsTwelveDigits(user.Iin))
        {
            problems.Add("The user's IIN must be 12 digits.");
        }

        Text(user.Login, "The user's login", problems, 100);
        Text(user.Surname, "The user's surname", problems, 100);
        Text(user.Name, "The user's name", problems, 100);
        OptionalText(user.Patronymic, "The user's patronymic", problems, 100);
        Text(user.Position, "The user's position", problems);
        Text(user.RoleCode, "The user's role code", problems, 32);
        Text(user.RoleName, "The user's role name", problems, 200);
        ValidateIdentity(user.IdentityDocument, today, problems);
    }

    private static void ValidateIdentity(IdentityDocumentDetails? identity, DateOnly today, List<string> problems)
    {
        if (identity is null)
        {
            problems.Add("The user's identity document is missing.");
            return;
        }

        if (!IdentityDocumentKinds.Contains(identity.Kind?.Trim()))
        {
            problems.Add("The identity document's kind must be 'id-card' or 'passport'.");
        }

        OptionalText(identity.Series, "The identity document's series", problems, 16);
        Text(identity.Number, "The identity document's number", problems, 32);
        Text(identity.Issuer, "The identity document's issuer", problems);
        if (identity.IssuedOn > today || identity.IssuedOn.Year < 1991)
        {
            problems.Add("The identity document's date of issue must lie between 1991 and today.");
        }
    }

    private static void Text(string? value, string what, List<string> problems, int maxLength = MaxText)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{what} is missing.");
            return;
        }

        OptionalText(value, what, problems, maxLength);
    }

    private static void OptionalText(string? value, string what, List<string> problems, int maxLength)
    {
        if (value is null)
        {
            return;
        }

        if (value.Trim().Length > maxLength)
        {
            problems.Add($"{what} is longer than {maxLength} characters.");
        }
        else if (value.Any(char.IsControl) || !IsWellFormed(value))
        {
            problems.Add($"{what} holds control characters or broken Unicode.");
        }
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
