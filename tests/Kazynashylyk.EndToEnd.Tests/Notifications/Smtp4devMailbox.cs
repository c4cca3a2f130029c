using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Notifications;

/// <summary>The e-mails smtp4dev received, read through its REST API.</summary>
public sealed class Smtp4devMailbox(Uri webAddress) : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly HttpClient http = new() { BaseAddress = webAddress };

    /// <summary>Every message to the address.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> ToAsync(string address)
    {
        var root = await http.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=1000");

        // smtp4dev 3 answers a page object; older versions answered a bare array.
        var messages = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("results");

        return [.. messages.EnumerateArray()
            .Where(m => m.GetProperty("to").ToString().Contains(address, StringComparison.OrdinalIgnoreCase))
            .Select(m => new ReceivedEmail(
                m.GetProperty("id").ToString(), m.GetProperty("subject").GetString() ?? string.Empty))];
    }

    /// <summary>
    /// Polls until at least <paramref name="count"/> messages to the address arrived, or the time is up.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(string address, int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var received = await ToAsync(address);
        while (received.Count < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(PollInterval);
            received = await ToAsync(address);
        }

        return received;
    }

    public Task<string> PlainTextAsync(ReceivedEmail email) =>
        http.GetStringAsync($"/api/messages/{email.Id}/plaintext");

    public void Dispose() => http.Dispose();
}
