using Kazynashylyk.Contracts.Signature;

namespace Kazynashylyk.Pki.Verification;

/// <summary>The verdict on a certificate at a validation time: chain, dates, key usage and revocation.</summary>
internal sealed record CertificateVerdict(
    string Indication,
    string? SubIndication,
    RevocationReport? Revocation,
    IReadOnlyList<string> Warnings
);
