using Kazynashylyk.Pki.Net;
using Kazynashylyk.Pki.Tests.Loopback;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kazynashylyk.Pki.Tests.Net;

public sealed class PkiHttpClientTests : IDisposable
{
    private readonly HttpClient http = new(PkiHttpClient.CreateHandler());

    [Fact]
    public void Map_MirrorPrefix_RewritesLongestMatch()
    {
        var options = new PkiHttpOptions
        {
            Mirrors = new Dictionary<string, string>
            {
                ["http://test.pki.gov.kz/"] = "http://mirror.local/all/",
                ["http://test.pki.gov.kz/crl/"] = "http://mirror.local/crl/",
            },
        };

        var mapped = options.Map(new Uri("http://test.pki.gov.kz/crl/nca_gost2022_test.crl"));

        Assert.Equal("http://mirror.local/crl/nca_gost2022_test.crl", mapped.ToString());
    }

    [Fact]
    public async Task GetAsync_Redirect_NotFollowedAndNoAnswer()
    {
        using var server = new LoopbackServer((_, _) => Task.FromResult((302, Array.Empty<byte>())));
        var client = Client(retries: 0);

        var error = await Assert.ThrowsAsync<PkiFetchException>(() =>
            client.GetAsync(new Uri(server.BaseUrl, "crl/a.crl"), CancellationToken.None)
        );

        Assert.Contains("HTTP 302", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetAsync_ServerError_RetriedThenNoAnswer()
    {
        using var server = new LoopbackServer((_, _) => Task.FromResult((500, Array.Empty<byte>())));
        var client = Client(retries: 2);

        await Assert.ThrowsAsync<PkiFetchException>(() =>
            client.GetAsync(new Uri(server.BaseUrl, "crl/a.crl"), CancellationToken.None)
        );

        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_MirrorConfigured_RequestGoesToMirror()
    {
        using var server = new LoopbackServer(
            (path, _) => Task.FromResult((200, System.Text.Encoding.ASCII.GetBytes(path)))
        );
        var options = new PkiHttpOptions
        {
            Retries = 0,
            Mirrors = new Dictionary<string, string> { ["http://test.pki.gov.kz/crl/"] = server.BaseUrl + "mirror/" },
        };
        var client = new PkiHttpClient(http, options, NullLogger<PkiHttpClient>.Instance);

        var body = await client.GetAsync(new Uri("http://test.pki.gov.kz/crl/x.crl"), CancellationToken.None);

        Assert.Equal("/mirror/x.crl", System.Text.Encoding.ASCII.GetString(body));
    }

    public void Dispose() => http.Dispose();

    private PkiHttpClient Client(int retries)
    {
        var options = new PkiHttpOptions { Retries = retries, RetryDelay = TimeSpan.FromMilliseconds(10) };

        return new PkiHttpClient(http, options, NullLogger<PkiHttpClient>.Instance);
    }
}
