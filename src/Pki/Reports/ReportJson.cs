using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kazynashylyk.Pki.Reports;

/// <summary>The JSON shape other services and scripts read: camelCase, nulls kept, ISO times.</summary>
public static class ReportJson
{
    /// <summary>Serializer options for reports.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
    };

    /// <summary>Serializes a report.</summary>
    public static string Serialize(VerificationReport report) => JsonSerializer.Serialize(report, Options);
}
