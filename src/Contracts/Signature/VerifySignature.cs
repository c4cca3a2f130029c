namespace Kazynashylyk.Contracts.Signature;

/// <summary>
/// Asks the Signature service (any replica) to verify a CMS. Answered with the <see cref="VerificationReport"/>
/// whatever the verdict, or with <see cref="SignatureRejected"/> when the input cannot be verified at all. The
/// validation time is the signature's timestamp, else the moment of verification: the bus takes no asserted time.
/// </summary>
public sealed record VerifySignature
{
    /// <summary>The caller's id for this verification (a saga's, an external system's).</summary>
    public required Guid VerificationId { get; init; }

    /// <summary>The CMS SignedData: base64 of the DER, or PEM text.</summary>
    public required string Cms { get; init; }

    /// <summary>The signed content, base64, when the CMS is detached.</summary>
    public string? Content { get; init; }

    /// <summary><c>test</c>, <c>development</c> or <c>production</c>; the service's default when absent.</summary>
    public string? TrustStore { get; init; }
}
