using System.Diagnostics;
using System.Text.Json;
using MassTransit;

namespace Kazynashylyk.BuildingBlocks.Outbox;

/// <summary>
/// Turns send headers into the JSON column and back into values the broker client can write.
/// </summary>
internal static class OutboxHeaders
{
    public const string TraceParent = "traceparent";
    public const string TraceState = "tracestate";

    public static string Write(SendHeaders headers)
    {
        // The broker client writes only primitive header values, so everything else is stored as text.
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in headers.GetAll())
        {
            values[key] = value switch
            {
                null or string or bool or int or long or double or decimal or Guid => value,
                DateTime time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                Uri uri => uri.ToString(),
                _ => value.ToString(),
            };
        }

        return JsonSerializer.Serialize(values);
    }

    public static IDictionary<string, object?> Read(OutboxMessage message)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(message.HeadersJson))
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (ToValue(property.Value) is { } value)
                {
                    values[property.Name] = value;
                }
            }
        }

        // The column is the source of truth for the trace, even when the sender had no listener to write the header.
        if (message.TraceParent is not null && !values.ContainsKey(TraceParent))
        {
            values[TraceParent] = message.TraceParent;
            if (message.TraceState is not null)
            {
                values[TraceState] = message.TraceState;
            }
        }

        return values;
    }

    public static (string? Parent, string? State) CurrentTrace(SendHeaders headers)
    {
        var parent = headers.Get<string>(TraceParent);
        var state = headers.Get<string>(TraceState);
        if (parent is null && Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            parent = activity.Id;
            state = activity.TraceStateString;
        }

        return (parent, state);
    }

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };
}
