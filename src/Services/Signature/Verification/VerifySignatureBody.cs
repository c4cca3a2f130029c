namespace Kazynashylyk.Signature.Verification;

/// <summary>The body of <c>POST /api/signatures/verify</c>.</summary>
public sealed record VerifySignatureBody
{
    /// <summary>The CMS SignedData: base64 of the DER, or PEM text (<c>-----BEGIN CMS-----</c>).</summary>
    public string? Cms { get; init; }

    /// <summary>The signed content, base64, for a detached CMS.</summary>
    public string? Content { get; init; }

    /// <summary><c>test</c>, <c>development</c> or <c>production</c>; the environment's default when absent.</summary>
    public string? TrustStore { get; init; }

    /// <summary>Forensic options: an asserted validation time, reported as asserted rather than proven.</summary>
    public ForensicBody? Forensic { get; init; }
}
