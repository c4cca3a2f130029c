using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.EndToEnd.Tests.Notifications;

/// <summary>The Notifications service's HTTP API through the gateway, as one system user.</summary>
public sealed class FeedClient(HttpClient gateway, string? token)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PostAsync(string path) => SendAsync(HttpMethod.Post, path);

    /// <summary>The caller's feed item of a notification, polled until it appears or the time is up.</summary>
    public async Task<JsonElement?> WaitForFeedItemAsync(Guid notificationId, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        do
        {
            var item = await FindFeedItemAsync(notificationId);
            if (item is not null)
            {
                return item;
            }

            await Task.Delay(PollInterval);
        }
        while (DateTimeOffset.UtcNow < deadline);

        return null;
    }

    public async Task<JsonElement?> FindFeedItemAsync(Guid notificationId)
    {
        using var response = await GetAsync("/api/notifications/feed");
        response.EnsureSuccessStatusCode();
        var items = await response.Content.ReadFromJsonAsync<JsonElement>();

        return items.EnumerateArray()
            .Select(i => (JsonElement?)i)
            .FirstOrDefault(i => i!.Value.GetProperty("notificationId").GetGuid() == notificationId);
    }

    /// <summary>The delivery record, polled until it leaves "pending" (or appears) or the time is up.</summary>
    public async Task<JsonElement?> WaitForSettledDeliveryAsync(Guid notificationId, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        do
        {
            using var response = await GetAsync($"/api/notifications/deliveries/{notificationId}");
            if (response.IsSuccessStatusCode)
            {
                var delivery = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (delivery.GetProperty("status").GetString() != "pending")
                {
                    return delivery;
                }
            }

            await Task.Delay(PollInterval);
        }
        while (DateTimeOffset.UtcNow < deadline);

        return null;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return gateway.SendAsync(request);
    }
}
