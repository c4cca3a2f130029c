using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Kazynashylyk.Registration.Registrations;

/// <summary>
/// The checks shared by every part of a registration request (text, names, e-mail, phone, IIN/BIN), collecting
/// each problem under the field's JSON path.
/// </summary>
internal sealed partial class FieldValidator(bool validateChecksums)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> Errors =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public string? Identifier(string field, string name, string? value)
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

    public string? Email(string field, string? value)
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

    public string? Phone(string field, string? value)
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

    public string? PersonName(string field, string? value, bool required)
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

    public string? Text(string field, string? value, int maxLength)
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

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}' .-]*$")]
    private static partial Regex PersonNamePattern();

    [GeneratedRegex(@"[\s()-]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^\+?[0-9]{10,15}$")]
    private static partial Regex PhonePattern();
}
