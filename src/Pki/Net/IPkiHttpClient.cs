namespace Kazynashylyk.Pki.Net;

/// <summary>Fetches OCSP, CRL and TSP material. Implementations apply mirrors, timeouts and retries.</summary>
public interface IPkiHttpClient
{
    /// <summary>GETs <paramref name="url"/>; throws <see cref="PkiFetchException"/> when no answer came.</summary>
    public Task<byte[]> GetAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>POSTs <paramref name="body"/>; throws <see cref="PkiFetchException"/> when no answer came.</summary>
    public Task<byte[]> PostAsync(Uri url, byte[] body, string contentType, CancellationToken cancellationToken);
}
