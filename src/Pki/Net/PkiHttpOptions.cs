namespace Kazynashylyk.Pki.Net;

/// <summary>How the engine talks to OCSP responders, CRL distribution points and TSAs.</summary>
public sealed record PkiHttpOptions
{
    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts after the first one fails.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>Pause before a retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The User-Agent header; some NCA front ends refuse requests without one.</summary>
    public string UserAgent { get; init; } = "Kazynashylyk-Pki/1.0";

    /// <summary>Largest response accepted (the production CRL is about 20 MB).</summary>
    public long MaxResponseBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// URL prefix replacements, applied to every OCSP, CRL and TSP address before a request
    /// (for example "http://test.pki.gov.kz/crl/" to a local mirror).
    /// </summary>
    public IReadOnlyDictionary<string, string> Mirrors { get; init; } = new Dictionary<string, string>();

    /// <summary>Rewrites <paramref name="url"/> through the first matching mirror.</summary>
    public Uri Map(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.OriginalString;
        foreach (var (prefix, replacement) in Mirrors.OrderByDescending(m => m.Key.Length))
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return new Uri(replacement + text[prefix.Length..]);
            }
        }

        return url;
    }
}
