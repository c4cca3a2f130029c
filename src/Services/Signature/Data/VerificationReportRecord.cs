namespace Kazynashylyk.Signature.Data;

/// <summary>A stored verification report with the hash of the CMS it judged.</summary>
public sealed class VerificationReportRecord
{
    public required Guid Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE.</summary>
    public required string Indication { get; init; }

    public string? SubIndication { get; init; }

    public required string TrustStore { get; init; }

    /// <summary>SHA-256 of the CMS bytes, hex.</summary>
    public required string CmsSha256 { get; init; }

    /// <summary>The whole report as JSON.</summary>
    public required string ReportJson { get; init; }

    /// <summary>The CMS as received (DER, base64 or PEM bytes): the evidence a later re-check starts from.</summary>
    public required byte[] Cms { get; init; }

    /// <summary>The detached content that was given with the CMS, if any.</summary>
    public byte[]? Content { get; init; }
}
