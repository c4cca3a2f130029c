using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Agreements;

/// <summary>Calls the Agreements service straight (not through the gateway) with a party's token.</summary>
public sealed class AgreementsClient(HttpClient http)
{
    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);

        return (response.StatusCode, await ReadAsync(response));
    }

    public async Task<byte[]> DocumentAsync(Guid agreementId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/agreements/{agreementId}/document");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        return await response.Content.ReadAsByteArrayAsync();
    }

    public async Task<string> TextAsync(Guid agreementId, string language, string token)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get, $"/api/agreements/{agreementId}/document/text?language={language}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        return await response.Content.ReadAsStringAsync();
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SignAsync(
        Guid agreementId, string token, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/agreements/{agreementId}/signatures")
        {
            Content = content,
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);

        return (response.StatusCode, await ReadAsync(response));
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> SignAsync(Guid agreementId, string token, string cms) =>
        SignAsync(agreementId, token, JsonContent.Create(new { cms }));

    /// <summary>Polls until the drafted agreement is visible to <paramref name="token"/>'s holder.</summary>
    public async Task<JsonElement?> WaitForAsync(Guid agreementId, string token, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var (status, body) = await GetAsync($"/api/agreements/{agreementId}", token);
            if (status == HttpStatusCode.OK)
            {
                return body;
            }

            await Task.Delay(250);
        }

        return null;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
