using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Kazynashylyk.Contracts.Signature;

namespace Kazynashylyk.Pki.Reports;

/// <summary>The JSON shape other services and scripts read: camelCase, nulls kept, ISO times.</summary>
public static class ReportJson
{
    /// <summary>Serializer options for reports.</summary>
    public static JsonSerializerOptions Options { get; } =
        new(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = true,

            // Names stay readable (Kazakh and Russian Cyrillic) instead of \uXXXX escapes.
            Encoder = JavaScriptEncoder.Create(
                UnicodeRanges.BasicLatin,
                UnicodeRanges.Cyrillic,
                UnicodeRanges.CyrillicSupplement
            ),
        };

    /// <summary>Serializes a report.</summary>
    public static string Serialize(VerificationReport report) => JsonSerializer.Serialize(report, Options);
}
