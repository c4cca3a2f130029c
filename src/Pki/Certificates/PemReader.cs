using System.Text;

namespace Kazynashylyk.Pki.Certificates;

/// <summary>Reads DER from DER itself, from base64, or from PEM armour of any label.</summary>
public static class PemReader
{
    /// <summary>
    /// Returns the DER bytes of <paramref name="input"/>, or null when it is neither DER nor base64/PEM.
    /// </summary>
    public static byte[]? ToDer(ReadOnlySpan<byte> input)
    {
        var trimmed = TrimWhitespace(input);
        if (trimmed.IsEmpty)
        {
            return null;
        }

        if (trimmed[0] == 0x30)
        {
            return trimmed.ToArray();
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(trimmed);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var body = StripArmour(text);
        if (body is null)
        {
            return null;
        }

        var buffer = new byte[body.Length];
        if (!Convert.TryFromBase64String(body, buffer, out var written) || written == 0)
        {
            return null;
        }

        return buffer[..written];
    }

    private static string? StripArmour(string text)
    {
        var begin = text.IndexOf("-----BEGIN", StringComparison.Ordinal);
        if (begin >= 0)
        {
            var headerEnd = text.IndexOf("-----", begin + 10, StringComparison.Ordinal);
            var end = headerEnd < 0 ? -1 : text.IndexOf("-----END", headerEnd + 5, StringComparison.Ordinal);
            if (end < 0)
            {
                return null;
            }

            text = text[(headerEnd + 5)..end];
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static ReadOnlySpan<byte> TrimWhitespace(ReadOnlySpan<byte> input)
    {
        var start = 0;
        while (start < input.Length && input[start] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        {
            start++;
        }

        return input[start..];
    }
}
