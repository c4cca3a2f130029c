using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;

namespace Kazynashylyk.Pki.Keys;

/// <summary>A private key with its certificate and whatever other certificates its container held.</summary>
/// <param name="Key">The private key.</param>
/// <param name="Certificate">The certificate whose public key matches <paramref name="Key"/>.</param>
/// <param name="OtherCertificates">Any further certificates found beside it.</param>
public sealed record SigningIdentity(
    SigningKey Key,
    PkiCertificate Certificate,
    IReadOnlyList<PkiCertificate> OtherCertificates
);
