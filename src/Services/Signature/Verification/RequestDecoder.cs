using System.Text;
using Kazynashylyk.Pki.Chains;

namespace Kazynashylyk.Signature.Verification;

/// <summary>Checks and decodes what a caller sent, collecting a message per field that is wrong.</summary>
public sealed class RequestDecoder(string defaultTrustStore)
{
    private static readonly string[] KnownStores =
        [TrustStoreNames.Test, TrustStoreNames.Development, TrustStoreNames.Production];

    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>The signature or certificate text as bytes (the engine tells DER, base64 and PEM apart).</summary>
    public byte[] Required(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Errors[field] = [$"'{field}' is required: base64 of the DER, or PEM text."];

            return [];
        }

        return Encoding.ASCII.GetBytes(text.Trim());
    }

    /// <summary>Base64 content, or null when absent.</summary>
    public byte[]? OptionalBase64(string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            Errors[field] = [$"'{field}' is not valid base64."];

            return null;
        }
    }

    public string TrustStore(string? requested)
    {
        var store = string.IsNullOrWhiteSpace(requested) ? defaultTrustStore : requested.Trim().ToLowerInvariant();
        if (!KnownStores.Contains(store))
        {
            Errors["trustStore"] = [$"That is not a trust store; use one of: {string.Join(", ", KnownStores)}."];
        }

        return store;
    }
}
