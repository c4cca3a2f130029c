using System.Security.Cryptography;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Net;
using Microsoft.Extensions.Logging;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>
/// Decides a certificate's revocation status: a cached answer, else OCSP (supplied responses, then the responder
/// the certificate names, with a nonce), else the CRL plus delta CRL. "Unknown" is kept only when no source
/// gives a definitive answer; no answer at all is reported as such (the verdict becomes TRY_LATER).
/// </summary>
public sealed partial class RevocationChecker
{
    private readonly CrlStore crls;
    private readonly OcspResponseVerifier ocsp;
    private readonly IPkiHttpClient? http;
    private readonly IRevocationStatusCache cache;
    private readonly TimeProvider time;
    private readonly ILogger<RevocationChecker> logger;

    /// <summary>Creates a checker; without <paramref name="http"/> it never goes online.</summary>
    public RevocationChecker(
        CrlStore crls,
        OcspResponseVerifier ocsp,
        IPkiHttpClient? http,
        IRevocationStatusCache cache,
        TimeProvider time,
        ILogger<RevocationChecker> logger
    )
    {
        this.crls = crls;
        this.ocsp = ocsp;
        this.http = http;
        this.cache = cache;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>Checks <paramref name="certificate"/>, issued by <paramref name="issuer"/>.</summary>
    public async Task<RevocationOutcome> CheckAsync(
        PkiCertificate certificate,
        PkiCertificate issuer,
        DateTimeOffset validationTime,
        RevocationOptions options,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(options);
        var key = $"{issuer.Thumbprint}:{certificate.SerialNumberHex}";
        var cached = await cache.GetAsync(key, cancellationToken);
        if (cached is not null)
        {
            return new RevocationOutcome(cached, []);
        }

        var warnings = new List<string>();
        RevocationAnswer? unknown = null;
        if (options.UseOcsp)
        {
            var answer = await AskOcspAsync(certificate, issuer, options, warnings, cancellationToken);
            if (answer is { Status: not RevocationStatus.Unknown })
            {
                await cache.SetAsync(key, answer, cancellationToken);
                return new RevocationOutcome(answer, warnings);
            }

            unknown = answer;
        }

        if (options.UseCrl)
        {
            var outcome = await crls.CheckAsync(certificate, issuer, validationTime, options.Online, cancellationToken);
            warnings.AddRange(outcome.Warnings);
            if (outcome.Answer is not null)
            {
                await cache.SetAsync(key, outcome.Answer, cancellationToken);
                return new RevocationOutcome(outcome.Answer, warnings);
            }
        }

        LogNoDefinitiveAnswer(certificate.SerialNumberHex, warnings.Count);

        return new RevocationOutcome(unknown, warnings);
    }

    private async Task<RevocationAnswer?> AskOcspAsync(
        PkiCertificate certificate,
        PkiCertificate issuer,
        RevocationOptions options,
        List<string> warnings,
        CancellationToken cancellationToken
    )
    {
        RevocationAnswer? unknown = null;
        foreach (var response in options.SuppliedOcspResponses)
        {
            var answer = ToAnswer(ocsp.Verify(response, certificate, issuer, null), options, warnings);
            if (answer is { Status: not RevocationStatus.Unknown })
            {
                return answer;
            }

            unknown ??= answer;
        }

        if (!options.Online || http is null)
        {
            return unknown;
        }

        foreach (var url in DistributionPoints.Ocsp(certificate))
        {
            var nonce = RandomNumberGenerator.GetBytes(16);
            byte[] body;
            try
            {
                body = await http.PostAsync(
                    url,
                    OcspRequestBuilder.Build(certificate, issuer, nonce),
                    "application/ocsp-request",
                    cancellationToken
                );
            }
            catch (PkiFetchException e)
            {
                warnings.Add("OCSP_UNREACHABLE");
                LogOcspUnreachable(url.Host, e.Message);
                continue;
            }

            var answer = ToAnswer(ocsp.Verify(body, certificate, issuer, nonce), options, warnings);
            if (answer is { Status: not RevocationStatus.Unknown })
            {
                return answer;
            }

            unknown ??= answer;
        }

        return unknown;
    }

    private RevocationAnswer? ToAnswer(OcspAnswer answer, RevocationOptions options, List<string> warnings)
    {
        if (answer.Kind == OcspAnswerKind.NoAnswer)
        {
            warnings.Add($"OCSP_NO_ANSWER: {answer.Problem}");
            return null;
        }

        var now = time.GetUtcNow();
        if (answer.ThisUpdate > now + options.ClockSkew)
        {
            warnings.Add("OCSP_NO_ANSWER: the response is dated in the future.");
            return null;
        }

        return new RevocationAnswer
        {
            Source = "ocsp",
            Status = answer.Kind switch
            {
                OcspAnswerKind.Good => RevocationStatus.Good,
                OcspAnswerKind.Revoked => RevocationStatus.Revoked,
                _ => RevocationStatus.Unknown,
            },
            RevokedAt = answer.RevokedAt,
            ReasonCode = answer.ReasonCode,
            ThisUpdate = answer.ThisUpdate,
            NextUpdate = answer.NextUpdate,
            ValidUntil = answer.NextUpdate ?? now + options.OcspAnswerLifetime,
        };
    }

    [LoggerMessage(EventId = 4020, Level = LogLevel.Warning, Message = "OCSP responder {Host} unreachable: {Reason}")]
    private partial void LogOcspUnreachable(string host, string reason);

    [LoggerMessage(
        EventId = 4021,
        Level = LogLevel.Warning,
        Message = "No definitive revocation answer for serial {Serial} ({ProblemCount} problems)"
    )]
    private partial void LogNoDefinitiveAnswer(string serial, int problemCount);
}
