using System.Net.Http.Headers;

namespace Kazynashylyk.EndToEnd.Tests.Security;

/// <summary>
/// Gives every request that carries no Authorization header of its own a fresh token, so a long test run never
/// meets an expired one; a request that sets its own header (another user, a forged token) keeps it.
/// </summary>
public sealed class BearerTokenHandler(Func<string> token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", token());

        return base.SendAsync(request, cancellationToken);
    }
}
