using Kazynashylyk.Pki.Revocation;

namespace Kazynashylyk.Pki.Verification;

/// <summary>What to verify and under which rules.</summary>
public sealed record VerificationRequest
{
    /// <summary>The CMS: raw DER, base64 or PEM bytes.</summary>
    public required ReadOnlyMemory<byte> Cms { get; init; }

    /// <summary>The signed content for a detached CMS; ignored when the CMS carries its content.</summary>
    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>The trust store name (test, development, production).</summary>
    public required string TrustStore { get; init; }

    /// <summary>
    /// A caller-asserted validation time, for forensic use only (the command-line verifier, an explicit API option);
    /// the report then marks the time as asserted. A valid signature timestamp still takes precedence.
    /// </summary>
    public DateTimeOffset? AssertedTime { get; init; }

    /// <summary>Which revocation sources may be used.</summary>
    public RevocationOptions Revocation { get; init; } = new();
}
