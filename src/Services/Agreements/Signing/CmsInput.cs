using System.Text;

namespace Kazynashylyk.Agreements.Signing;

/// <summary>
/// Reads the CMS a party sends as NCALayer returns it: base64 of the DER, or PEM. Only the form is checked here
/// (decodable, a DER SEQUENCE); the Signature service judges the rest.
/// </summary>
public static class CmsInput
{
    /// <summary>The longest CMS text accepted: the agreement is small, so its CMS is a few kilobytes.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>The DER bytes, or null with the problem in <paramref name="problem"/>.</summary>
    public static byte[]? TryDecode(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "The CMS is missing.";
            return null;
        }

        if (text.Length > MaxLength)
        {
            problem = $"The CMS is longer than {MaxLength} characters.";
            return null;
        }

        var body = text.Contains("-----BEGIN", StringComparison.Ordinal) ? PemBody(text) : text;
        var base64 = new StringBuilder(body.Length);
        foreach (var c in body.Where(c => !char.IsWhiteSpace(c)))
        {
            base64.Append(c);
        }

        var der = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.ToString(), der, out var written) || written < 2 || der[0] != 0x30)
        {
            problem = "The CMS must be base64 of the DER bytes, or PEM, of a CMS SignedData.";
            return null;
        }

        return der[..written];
    }

    private static string PemBody(string pem)
    {
        var lines = pem.Split('\n').Select(l => l.Trim()).ToList();
        var begin = lines.FindIndex(l => l.StartsWith("-----BEGIN", StringComparison.Ordinal));
        var end = lines.FindIndex(begin + 1, l => l.StartsWith("-----END", StringComparison.Ordinal));

        return end < 0 ? string.Empty : string.Join(string.Empty, lines.Skip(begin + 1).Take(end - begin - 1));
    }
}
