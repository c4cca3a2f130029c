using Kazynashylyk.Pki.Algorithms;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Development;

/// <summary>The NCA-shaped profiles of a development hierarchy: root, issuing CA and signing leaves.</summary>
internal static class DevelopmentProfiles
{
    private const int CaUsage = KeyUsage.KeyCertSign | KeyUsage.CrlSign | KeyUsage.DigitalSignature;

    /// <summary>A self-signed root, valid ten years.</summary>
    public static CertificateProfile Root(string name, DateTimeOffset notBefore) =>
        new()
        {
            Subject = new X509Name($"CN={name} ROOT,C=KZ"),
            NotBefore = notBefore,
            NotAfter = notBefore.AddYears(10),
            IsCa = true,
            KeyUsage = CaUsage,
        };

    /// <summary>An issuing CA, valid five years.</summary>
    public static CertificateProfile IssuingCa(string name, DateTimeOffset notBefore) =>
        new()
        {
            Subject = new X509Name($"CN={name} CA,C=KZ"),
            NotBefore = notBefore,
            NotAfter = notBefore.AddYears(5),
            IsCa = true,
            KeyUsage = CaUsage,
        };

    /// <summary>
    /// A signing certificate as the NCA's GOST 2015 generation issues it: one key for signing and key agreement,
    /// emailProtection plus the role EKUs, the single policy 1.2.398.3.3.2.
    /// </summary>
    public static CertificateProfile Leaf(
        DevelopmentIdentity identity,
        KeyFamily family,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        Uri? ocspUrl,
        Uri? crlUrl,
        Uri? deltaCrlUrl
    ) =>
        new()
        {
            Subject = identity.ToName(),
            NotBefore = notBefore,
            NotAfter = notAfter,
            KeyUsage = KeyUsage.DigitalSignature
                | KeyUsage.NonRepudiation
                | (family == KeyFamily.Rsa ? 0 : KeyUsage.KeyAgreement),
            ExtendedKeyUsage = ["1.3.6.1.5.5.7.3.4", .. identity.RoleOids],
            OcspUrl = ocspUrl,
            CrlUrl = crlUrl,
            DeltaCrlUrl = deltaCrlUrl,
            PolicyOid = "1.2.398.3.3.2",
        };
}
