using System.Net.Http.Headers;

namespace Kazynashylyk.EndToEnd.Tests.Security;

/// <summary>Calls made as an operator of the development unit 1001 (reports are for treasury operators).</summary>
public static class OperatorRequests
{
    public static async Task<HttpResponseMessage> GetAsOperatorAsync(this HttpClient gateway, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Operator(Guid.NewGuid(), "1001"));

        return await gateway.SendAsync(request);
    }
}
