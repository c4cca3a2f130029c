using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Revocation;
using Kazynashylyk.Pki.Timestamps;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Asn1;

namespace Kazynashylyk.Pki.Verification;

/// <summary>
/// The verification engine: CMS in, report out. It is thread-safe and meant to live as a singleton, because
/// its certificate, chain and revocation caches are what make a warm verification cheap.
/// </summary>
public sealed partial class SignatureVerifier
{
    private readonly TrustStoreCatalog stores;
    private readonly TimeProvider time;
    private readonly ILogger<SignatureVerifier> logger;
    private readonly SignedMessageReader reader;
    private readonly TimestampVerifier timestamps;
    private readonly CertificateEvaluator evaluator;
    private readonly CertificateCache certificates;

    /// <summary>Creates the engine.</summary>
    public SignatureVerifier(
        TrustStoreCatalog stores,
        RevocationChecker revocation,
        TimeProvider time,
        ILogger<SignatureVerifier> logger,
        CertificateCache? certificates = null,
        ChainBuilder? chains = null,
        long maxInputBytes = 16 * 1024 * 1024
    )
    {
        this.stores = stores;
        this.time = time;
        this.logger = logger;
        this.certificates = certificates ?? CertificateCache.Shared;
        chains ??= new ChainBuilder();
        reader = new SignedMessageReader(this.certificates, maxInputBytes);
        timestamps = new TimestampVerifier(this.certificates, chains);
        evaluator = new CertificateEvaluator(chains, revocation);
    }

    /// <summary>Verifies a CMS and returns the report, whatever the verdict.</summary>
    /// <exception cref="UnusableInputException">The input cannot be verified at all (the API answers 400 or
    /// 413).</exception>
    public async Task<VerificationReport> VerifyAsync(
        VerificationRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var store = FindStore(request.TrustStore);
        var message = reader.Read(request.Cms.Span);
        // Empty content counts as none: a null byte[] converts implicitly to an empty memory, not to null.
        var given = request.Content is { Length: > 0 } supplied ? supplied : (ReadOnlyMemory<byte>?)null;
        if (message.EncapsulatedContent is { } carried && given is { } other && !other.Span.SequenceEqual(carried))
        {
            // A caller who sends content expects it to be the content judged; silently judging another is worse.
            throw new UnusableInputException(
                UnusableInputReason.ContentConflict,
                "The CMS carries its own content and the content given differs from it.");
        }

        var content = message.EncapsulatedContent
            ?? given?.ToArray()
            ?? throw new UnusableInputException(
                UnusableInputReason.ContentMissing,
                "The CMS is detached and no content was given."
            );

        var now = time.GetUtcNow();
        var signers = new List<(SignerReport Report, DateTimeOffset Time, string Source)>();
        foreach (var signer in message.Signers)
        {
            signers.Add(await EvaluateSignerAsync(signer, message, content, store, request, now, cancellationToken));
        }

        var report = Summarise(
            store.Name,
            signers,
            request.AssertedTime ?? now,
            request.AssertedTime is null ? "now" : "asserted"
        );
        LogVerified(report.ReportId, report.Indication, report.Signers.Count);

        return report;
    }

    /// <summary>Judges a certificate alone (chain, dates, key usage, revocation) at now or an asserted time.</summary>
    /// <exception cref="UnusableInputException">The bytes are not a certificate or the store is unknown.</exception>
    public async Task<SignerReport> InspectCertificateAsync(
        ReadOnlyMemory<byte> certificate,
        string trustStore,
        DateTimeOffset? assertedTime,
        RevocationOptions revocation,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(revocation);
        var store = FindStore(trustStore);
        PkiCertificate parsed;
        try
        {
            var der = PemReader.ToDer(certificate.Span) ?? throw new FormatException("Not DER, base64 or PEM.");
            parsed = certificates.Get(der);
        }
        catch (FormatException e)
        {
            throw new UnusableInputException(
                UnusableInputReason.MalformedAsn1,
                $"The certificate is unreadable: {e.Message}",
                e
            );
        }

        var at = assertedTime ?? time.GetUtcNow();
        var verdict = await EvaluateCertificateAsync(parsed, [], store, at, false, revocation, cancellationToken);
        var report = new SignerReport
        {
            Indication = verdict.Indication,
            SubIndication = verdict.SubIndication,
            Revocation = verdict.Revocation,
            Warnings = verdict.Warnings,
        };

        return CertificateDescriber.Describe(parsed, report, store);
    }

    private async Task<(SignerReport Report, DateTimeOffset Time, string Source)> EvaluateSignerAsync(
        Org.BouncyCastle.Asn1.Cms.SignerInfo signer,
        SignedMessage message,
        byte[] content,
        TrustStore store,
        VerificationRequest request,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var check = SignerInfoVerifier.Verify(signer, message.ContentType, content, message.Certificates);
        var warnings = new List<string>();
        var validationTime = request.AssertedTime ?? now;
        var source = request.AssertedTime is null ? "now" : "asserted";
        if (!check.Passed)
        {
            var failed = new SignerReport
            {
                Indication = Indications.TotalFailed,
                SubIndication = check.Failure,
                SigningTime = check.SigningTime,
                Warnings = [check.Problem!],
            };

            return (
                check.Certificate is null ? failed : CertificateDescriber.Describe(check.Certificate, failed, store),
                validationTime,
                source
            );
        }

        if (!check.SigningCertificateAttributePresent)
        {
            warnings.Add("SIGNING_CERTIFICATE_ATTRIBUTE_ABSENT");
        }

        var timestamp = VerifyTimestamp(signer, check, store, warnings);
        if (timestamp is not null)
        {
            validationTime = timestamp.GenTime;
            source = "timestamp";
        }
        else if (request.AssertedTime is not null)
        {
            warnings.Add("VALIDATION_TIME_ASSERTED_NOT_PROVEN");
        }

        var verdict = await EvaluateCertificateAsync(
            check.Certificate!,
            message.Certificates,
            store,
            validationTime,
            timestamp is not null,
            request.Revocation,
            cancellationToken
        );
        warnings.AddRange(verdict.Warnings);
        var report = new SignerReport
        {
            Indication = verdict.Indication,
            SubIndication = verdict.SubIndication,
            SigningTime = check.SigningTime,
            Timestamp = timestamp,
            Revocation = verdict.Revocation,
            Warnings = warnings,
        };

        return (CertificateDescriber.Describe(check.Certificate!, report, store), validationTime, source);
    }

    // Extensions are decoded when first read; one that decodes but has the wrong shape is a malformed certificate.
    private async Task<CertificateVerdict> EvaluateCertificateAsync(
        PkiCertificate certificate,
        IReadOnlyList<PkiCertificate> carried,
        TrustStore store,
        DateTimeOffset validationTime,
        bool timeProven,
        RevocationOptions options,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await evaluator.EvaluateAsync(
                certificate,
                carried,
                store,
                validationTime,
                timeProven,
                options,
                cancellationToken
            );
        }
        catch (Exception e) when (MalformedInput.Is(e))
        {
            return new(
                Indications.TotalFailed,
                SubIndications.FormatFailure,
                null,
                [$"MALFORMED_CERTIFICATE: {e.Message}"]
            );
        }
    }

    private TimestampReport? VerifyTimestamp(
        Org.BouncyCastle.Asn1.Cms.SignerInfo signer,
        SignerCheck check,
        TrustStore store,
        List<string> warnings
    )
    {
        foreach (var token in SignerInfoVerifier.UnsignedValues(signer, KazakhOids.SignatureTimeStampAttribute))
        {
            var result = timestamps.Verify(token.GetEncoded(Asn1Encodable.Der), check.SignatureValue, store);
            if (result.Valid)
            {
                return new TimestampReport
                {
                    GenTime = result.GenTime!.Value,
                    Tsa = result.TsaCertificate!.Subject.ToString(),
                    Policy = result.Policy,
                };
            }

            warnings.Add($"TIMESTAMP_IGNORED: {result.Problem}");
        }

        return null;
    }

    private VerificationReport Summarise(
        string storeName,
        List<(SignerReport Report, DateTimeOffset Time, string Source)> signers,
        DateTimeOffset fallbackTime,
        string fallbackSource
    )
    {
        if (signers.Count == 0)
        {
            return new VerificationReport
            {
                ReportId = Guid.CreateVersion7(time.GetUtcNow()),
                Indication = Indications.TotalFailed,
                SubIndication = SubIndications.FormatFailure,
                ValidationTime = fallbackTime,
                ValidationTimeSource = fallbackSource,
                TrustStore = storeName,
                Signers = [],
            };
        }

        var worst = signers.Select(s => s.Report).MaxBy(r => Indications.Severity(r.Indication))!;

        return new VerificationReport
        {
            ReportId = Guid.CreateVersion7(time.GetUtcNow()),
            Indication = worst.Indication,
            SubIndication = worst.SubIndication,
            ValidationTime = signers[0].Time,
            ValidationTimeSource = signers[0].Source,
            TrustStore = storeName,
            Signers = signers.Select(s => s.Report).ToArray(),
        };
    }

    private TrustStore FindStore(string name)
    {
        return stores.Find(name)
            ?? throw new UnusableInputException(
                UnusableInputReason.UnknownTrustStore,
                $"There is no trust store named '{name}'."
            );
    }

    [LoggerMessage(
        EventId = 4030,
        Level = LogLevel.Information,
        Message = "Verification {ReportId} ended {Indication} with {SignerCount} signers"
    )]
    private partial void LogVerified(Guid reportId, string indication, int signerCount);
}
