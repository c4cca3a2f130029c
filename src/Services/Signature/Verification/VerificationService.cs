using System.Security.Cryptography;
using Kazynashylyk.Contracts.Signature;
using Kazynashylyk.Pki.Reports;
using Kazynashylyk.Pki.Verification;
using Kazynashylyk.Signature.Data;
using Microsoft.EntityFrameworkCore;

namespace Kazynashylyk.Signature.Verification;

/// <summary>
/// Verifies a CMS with the engine and stores the report with its evidence (the CMS, the detached content and the
/// report, which names the revocation source, CRL number and timestamp), so a dispute can re-check it later.
/// </summary>
public sealed partial class VerificationService(
    PkiEngine engine,
    SignatureDbContext db,
    TimeProvider time,
    ILogger<VerificationService> logger)
{
    /// <exception cref="Pki.Cms.UnusableInputException">The input cannot be verified at all.</exception>
    public async Task<VerificationReport> VerifyAsync(VerificationInput input, CancellationToken cancellationToken)
    {
        var report = await engine.Verifier.VerifyAsync(
            new VerificationRequest
            {
                Cms = input.Cms,
                // A null array would become empty content, not "no content", if converted implicitly.
                Content = input.Content is null ? null : new ReadOnlyMemory<byte>(input.Content),
                TrustStore = input.TrustStore,
                AssertedTime = input.AssertedTime,
            },
            cancellationToken);

        var cmsHash = Convert.ToHexStringLower(SHA256.HashData(input.Cms));
        db.Reports.Add(new VerificationReportRecord
        {
            Id = report.ReportId,
            CreatedAt = time.GetUtcNow(),
            Indication = report.Indication,
            SubIndication = report.SubIndication,
            TrustStore = report.TrustStore,
            CmsSha256 = cmsHash,
            ReportJson = ReportJson.Serialize(report),
            Cms = input.Cms,
            Content = input.Content,
        });
        await db.SaveChangesAsync(cancellationToken);
        LogStored(logger, report.ReportId, report.Indication, report.SubIndication, cmsHash);

        return report;
    }

    /// <summary>The stored report as JSON, or null when there is none with that id.</summary>
    public async Task<string?> FindReportJsonAsync(Guid reportId, CancellationToken cancellationToken) =>
        await db.Reports.AsNoTracking()
            .Where(r => r.Id == reportId)
            .Select(r => r.ReportJson)
            .SingleOrDefaultAsync(cancellationToken);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Information,
        Message = "Verification {ReportId} stored: {Indication} {SubIndication}, CMS sha256 {CmsSha256}")]
    private static partial void LogStored(
        ILogger logger, Guid reportId, string indication, string? subIndication, string cmsSha256);
}
