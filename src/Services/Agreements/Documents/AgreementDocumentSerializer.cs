using System.Security.Cryptography;
using System.Text.Json;

namespace Kazynashylyk.Agreements.Documents;

/// <summary>
/// Turns an <see cref="AgreementDocument"/> into its canonical JSON bytes and back. Members are camelCase, absent
/// optional values are left out (never <c>null</c>), dates are <c>yyyy-MM-dd</c>, and every value is a string.
/// </summary>
public static class AgreementDocumentSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The bytes every party signs.</summary>
    public static byte[] ToCanonicalBytes(AgreementDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        return CanonicalJson.Serialize(JsonSerializer.SerializeToNode(document, Options));
    }

    /// <summary>Reads a stored document.</summary>
    /// <exception cref="JsonException">The bytes are not an agreement document.</exception>
    public static AgreementDocument Parse(ReadOnlySpan<byte> canonical) =>
        JsonSerializer.Deserialize<AgreementDocument>(canonical, Options)
        ?? throw new JsonException("The document is null.");

    /// <summary>SHA-256 of the canonical bytes, lower-case hex.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));
}
