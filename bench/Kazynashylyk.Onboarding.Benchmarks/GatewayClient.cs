using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kazynashylyk.Onboarding.Benchmarks;

/// <summary>
/// The load client: JSON in, JSON out, the expected status checked, every request counted. Any other answer
/// becomes a <see cref="GatewayCallException"/> carrying the status and body as the gateway sent them.
/// </summary>
internal sealed class GatewayClient : IDisposable
{
    private readonly HttpClient http;
    private long requests;

    public GatewayClient(Uri gateway)
    {
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(100),
        };
    }

    /// <summary>Requests sent so far, to compare with the gateway's per-address rate limit.</summary>
    public long Requests => Interlocked.Read(ref requests);

    public async Task<JsonElement> SendAsync(
        HttpMethod method,
        string path,
        object? body,
        string? token,
        HttpStatusCode expected,
        CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body, token, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw Unexpected(method, path, response.StatusCode, text);
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> GetAsync(string path, string? token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, token, HttpStatusCode.OK, cancellationToken);

    public Task<JsonElement> PostAsync(string path, object body, string? token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, token, HttpStatusCode.OK, cancellationToken);

    public async Task<byte[]> GetBytesAsync(string path, string token, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(HttpMethod.Get, path, null, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw Unexpected(HttpMethod.Get, path, response.StatusCode, text);
        }

        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendRawAsync(
        HttpMethod method,
        string path,
        object? body,
        string? token,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        Interlocked.Increment(ref requests);

        return await http.SendAsync(request, cancellationToken);
    }

    private static GatewayCallException Unexpected(
        HttpMethod method, string path, HttpStatusCode status, string body) =>
        new($"{method} {path} answered {(int)status} {status}: {body}");
}
