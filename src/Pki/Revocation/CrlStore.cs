using System.Collections.Concurrent;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Net;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>
/// CRLs by issuer: those supplied by the caller and, online, those downloaded from the certificate's
/// distribution points (kept until their nextUpdate, and the last good copy kept when a refresh fails).
/// An expired, empty or unparsable CRL is no answer.
/// </summary>
public sealed partial class CrlStore : IDisposable
{
    private readonly ConcurrentBag<CrlIndex> supplied = [];
    private readonly ConcurrentDictionary<string, CrlIndex> downloaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim downloads = new(1, 1);
    private readonly IPkiHttpClient? http;
    private readonly TimeProvider time;
    private readonly ILogger<CrlStore> logger;

    /// <summary>Creates a store; without <paramref name="http"/> only supplied CRLs are used.</summary>
    public CrlStore(IPkiHttpClient? http, TimeProvider time, ILogger<CrlStore> logger)
    {
        this.http = http;
        this.time = time;
        this.logger = logger;
    }

    public void Dispose() => downloads.Dispose();

    /// <summary>Adds a CRL the caller supplied (a file, a mirror preload).</summary>
    public void Add(CrlIndex crl) => supplied.Add(crl);

    /// <summary>
    /// Looks <paramref name="certificate"/> up in the freshest usable full and delta CRLs of its issuer.
    /// </summary>
    public async Task<RevocationOutcome> CheckAsync(
        PkiCertificate certificate,
        PkiCertificate issuer,
        DateTimeOffset validationTime,
        bool online,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        var warnings = new List<string>();
        var fulls = new List<CrlIndex>(supplied.Where(c => !c.IsDelta));
        var deltas = new List<CrlIndex>(supplied.Where(c => c.IsDelta));
        if (online && http is not null)
        {
            fulls.AddRange(await DownloadAsync(DistributionPoints.Crl(certificate), warnings, cancellationToken));
            deltas.AddRange(await DownloadAsync(DistributionPoints.DeltaCrl(certificate), warnings, cancellationToken));
        }

        var full = Best(fulls, certificate, issuer, validationTime, warnings);
        if (full is null)
        {
            warnings.Add("CRL_UNAVAILABLE");
            return new RevocationOutcome(null, warnings);
        }

        var delta = Best(deltas, certificate, issuer, validationTime, warnings);
        if (delta is not null && delta.BaseCrlNumber > full.CrlNumber)
        {
            delta = null;
        }

        if (delta is null && DistributionPoints.DeltaCrl(certificate).Count > 0)
        {
            warnings.Add("DELTA_CRL_NOT_CHECKED");
        }

        var answer = Answer(certificate, full, delta);
        if (answer.Status == RevocationStatus.Good && full.ThisUpdate > certificate.NotAfter)
        {
            // CAs drop a certificate from their CRLs once it expires, so a CRL issued after the expiry cannot
            // prove it was never revoked.
            warnings.Add("CRL_ISSUED_AFTER_EXPIRY");
            return new RevocationOutcome(null, warnings);
        }

        return new RevocationOutcome(answer, warnings);
    }

    private RevocationAnswer Answer(PkiCertificate certificate, CrlIndex full, CrlIndex? delta)
    {
        var now = time.GetUtcNow();
        var validUntil = Min(full.NextUpdate, delta?.NextUpdate) ?? now.AddHours(1);
        var source = delta ?? full;
        var answer = new RevocationAnswer
        {
            Source = "crl",
            Status = RevocationStatus.Good,
            CrlNumber = source.CrlNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ThisUpdate = source.ThisUpdate,
            NextUpdate = source.NextUpdate,
            ValidUntil = validUntil < now ? now.AddMinutes(5) : validUntil,
        };

        // A delta entry is newer than the full CRL; removeFromCRL there lifts a hold listed in the full one.
        if (delta is not null && delta.TryFind(certificate, out var deltaEntry))
        {
            return deltaEntry.ReasonCode == CrlReasons.RemoveFromCrl
                ? answer
                : answer with
                {
                    Status = RevocationStatus.Revoked,
                    RevokedAt = deltaEntry.RevokedAt,
                    ReasonCode = deltaEntry.ReasonCode,
                };
        }

        if (full.TryFind(certificate, out var entry))
        {
            return answer with
            {
                Status = RevocationStatus.Revoked,
                RevokedAt = entry.RevokedAt,
                ReasonCode = entry.ReasonCode,
                CrlNumber = full.CrlNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ThisUpdate = full.ThisUpdate,
                NextUpdate = full.NextUpdate,
            };
        }

        return answer;
    }

    private CrlIndex? Best(
        List<CrlIndex> candidates,
        PkiCertificate certificate,
        PkiCertificate issuer,
        DateTimeOffset validationTime,
        List<string> warnings
    )
    {
        var now = time.GetUtcNow();
        CrlIndex? best = null;
        foreach (var crl in candidates.Where(c => c.Issuer.Equivalent(issuer.Subject)))
        {
            if (!crl.IsSignedBy(issuer))
            {
                warnings.Add("CRL_SIGNATURE_INVALID");
                continue;
            }

            // A CRL issued after the validation time, while the certificate was still valid, still proves its status
            // then.
            var fresh = crl.NextUpdate is null || now <= crl.NextUpdate;
            var provesPast =
                validationTime < now && crl.ThisUpdate >= validationTime && crl.ThisUpdate <= certificate.NotAfter;
            if (!fresh && !provesPast)
            {
                warnings.Add("CRL_EXPIRED");
                continue;
            }

            if (best is null || crl.ThisUpdate > best.ThisUpdate)
            {
                best = crl;
            }
        }

        return best;
    }

    private async Task<List<CrlIndex>> DownloadAsync(
        IReadOnlyList<Uri> urls,
        List<string> warnings,
        CancellationToken cancellationToken
    )
    {
        var result = new List<CrlIndex>();
        foreach (var url in urls)
        {
            var key = url.ToString();
            if (
                downloaded.TryGetValue(key, out var cached)
                && (cached.NextUpdate is null || cached.NextUpdate > time.GetUtcNow())
            )
            {
                result.Add(cached);
                continue;
            }

            var fresh = await FetchAsync(url, cancellationToken);
            if (fresh is not null)
            {
                downloaded[key] = fresh;
                result.Add(fresh);
            }
            else if (cached is not null)
            {
                warnings.Add("CRL_REFRESH_FAILED_LAST_GOOD_USED");
                result.Add(cached);
            }
        }

        return result;
    }

    private async Task<CrlIndex?> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        await downloads.WaitAsync(cancellationToken);
        try
        {
            var bytes = await http!.GetAsync(url, cancellationToken);
            var crl = CrlIndex.Parse(bytes);
            LogCrlLoaded(url.Host, crl.Count);

            return crl;
        }
        catch (Exception e) when (e is PkiFetchException or FormatException)
        {
            LogCrlFailed(url.Host, e.Message);

            return null;
        }
        finally
        {
            downloads.Release();
        }
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b)
    {
        if (a is null)
        {
            return b;
        }

        return b is null || a < b ? a : b;
    }

    [LoggerMessage(
        EventId = 4010,
        Level = LogLevel.Information,
        Message = "CRL from {Host} indexed with {Count} entries"
    )]
    private partial void LogCrlLoaded(string host, int count);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "CRL from {Host} unusable: {Reason}")]
    private partial void LogCrlFailed(string host, string reason);
}
