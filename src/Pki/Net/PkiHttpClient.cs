using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.Pki.Net;

/// <summary>
/// The HTTP side of revocation and timestamps: per-attempt timeouts, retries, a User-Agent, mirrors,
/// and no redirects (a redirected CRL or OCSP answer is treated as no answer rather than followed blindly).
/// </summary>
public sealed partial class PkiHttpClient : IPkiHttpClient
{
    private readonly HttpClient http;
    private readonly PkiHttpOptions options;
    private readonly ILogger<PkiHttpClient> logger;

    /// <summary>Creates a client; <paramref name="http"/> must be built on a handler with redirects off.</summary>
    public PkiHttpClient(HttpClient http, PkiHttpOptions options, ILogger<PkiHttpClient> logger)
    {
        this.http = http;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>The handler the client expects: no redirects, no cookies.</summary>
    public static HttpMessageHandler CreateHandler()
    {
        return new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
    }

    public Task<byte[]> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        return SendWithRetriesAsync(
            url,
            () => new HttpRequestMessage(HttpMethod.Get, options.Map(url)),
            cancellationToken
        );
    }

    public Task<byte[]> PostAsync(Uri url, byte[] body, string contentType, CancellationToken cancellationToken)
    {
        return SendWithRetriesAsync(
            url,
            () =>
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

                return new HttpRequestMessage(HttpMethod.Post, options.Map(url)) { Content = content };
            },
            cancellationToken
        );
    }

    private async Task<byte[]> SendWithRetriesAsync(
        Uri url,
        Func<HttpRequestMessage> create,
        CancellationToken cancellationToken
    )
    {
        PkiFetchException? last = null;
        for (var attempt = 0; attempt <= options.Retries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(options.RetryDelay, cancellationToken);
            }

            try
            {
                return await SendOnceAsync(create(), cancellationToken);
            }
            catch (PkiFetchException e)
            {
                last = e;
                LogAttemptFailed(url.Host, attempt + 1, e.Message);
            }
        }

        throw last ?? new PkiFetchException($"No answer from {url.Host}.");
    }

    private async Task<byte[]> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);

        try
        {
            using (request)
            using (
                var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
            )
            {
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new PkiFetchException(
                        $"{request.RequestUri?.Host} answered HTTP {(int)response.StatusCode}."
                    );
                }

                if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
                {
                    throw new PkiFetchException($"{request.RequestUri?.Host} answered with too large a body.");
                }

                return await response.Content.ReadAsByteArrayAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PkiFetchException($"{request.RequestUri?.Host} did not answer within {options.Timeout}.", e);
        }
        catch (HttpRequestException e)
        {
            throw new PkiFetchException($"{request.RequestUri?.Host} could not be reached: {e.Message}", e);
        }
    }

    [LoggerMessage(
        EventId = 4001,
        Level = LogLevel.Warning,
        Message = "PKI fetch from {Host}, attempt {Attempt}, failed: {Reason}"
    )]
    private partial void LogAttemptFailed(string host, int attempt, string reason);
}
