using Kazynashylyk.Signature.Verification;

namespace Kazynashylyk.Signature.Certificates;

/// <summary>The body of <c>POST /api/signatures/certificates/inspect</c>.</summary>
public sealed record InspectCertificateBody
{
    /// <summary>The certificate: base64 of the DER, or PEM text.</summary>
    public string? Certificate { get; init; }

    public string? TrustStore { get; init; }

    public ForensicBody? Forensic { get; init; }
}
