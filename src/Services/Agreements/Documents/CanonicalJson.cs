using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kazynashylyk.Agreements.Documents;

/// <summary>
/// Writes a JSON tree in the canonical form of RFC 8785 (JCS): UTF-8, no insignificant whitespace, object members
/// sorted by the UTF-16 code units of their names, strings with the minimal escaping (only <c>"</c>, <c>\</c> and
/// control characters, the latter as <c>\b \t \n \f \r</c> or lower-case <c>\u00xx</c>; Cyrillic and every other
/// character as raw UTF-8). The same tree always gives the same bytes, so a signature over them can be re-checked
/// by anyone who canonicalises the same data.
/// </summary>
/// <remarks>
/// Two restrictions keep the output canonical without reimplementing ECMAScript number formatting: numbers must be
/// integers (no floating point), and member names must be ASCII identifiers (letters, digits, <c>-</c> and
/// <c>_</c>), which no JSON writer escapes.
/// </remarks>
public static class CanonicalJson
{
    /// <summary>The canonical bytes of <paramref name="node"/>.</summary>
    /// <exception cref="ArgumentException">A float, a non-identifier member name or ill-formed UTF-16.</exception>
    public static byte[] Serialize(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            Write(writer, node);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A string as a canonical JSON string literal, quotes included, in UTF-8.</summary>
    /// <exception cref="ArgumentException">The string holds a lone surrogate.</exception>
    public static byte[] EncodeString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                throw new ArgumentException("The string is not well-formed UTF-16 (a lone surrogate).", nameof(value));
            }

            AppendEscaped(text, rune);
            rest = rest[consumed..];
        }

        return Encoding.UTF8.GetBytes(text.Append('"').ToString());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject members:
                writer.WriteStartObject();
                foreach (var (name, value) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(CheckedName(name));
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValue value:
                WriteValue(writer, value);
                break;
            default:
                throw new ArgumentException($"Unexpected JSON node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var text = value.TryGetValue<string>(out var direct)
                    ? direct
                    : JsonSerializer.Deserialize<string>(value.ToJsonString())!;
                writer.WriteRawValue(EncodeString(text));
                break;
            case JsonValueKind.Number:
                var number = value.ToJsonString();
                var style = NumberStyles.AllowLeadingSign;
                if (!long.TryParse(number, style, CultureInfo.InvariantCulture, out var integer))
                {
                    throw new ArgumentException("Canonical documents hold integers only, not floating point.");
                }

                writer.WriteNumberValue(integer);
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static string CheckedName(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"The member name '{name}' is not an ASCII identifier.", nameof(name));
        }

        return name;
    }

    private static void AppendEscaped(StringBuilder text, Rune rune)
    {
        switch (rune.Value)
        {
            case '"':
                text.Append("\\\"");
                break;
            case '\\':
                text.Append("\\\\");
                break;
            case '\b':
                text.Append("\\b");
                break;
            case '\t':
                text.Append("\\t");
                break;
            case '\n':
                text.Append("\\n");
                break;
            case '\f':
                text.Append("\\f");
                break;
            case '\r':
                text.Append("\\r");
                break;
            case < 0x20:
                text.Append("\\u00").Append(rune.Value.ToString("x2", CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(rune.ToString());
                break;
        }
    }
}
