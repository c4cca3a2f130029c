using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Keys;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Development;

/// <summary>
/// A development PKI shaped like the NCA's: a root, an issuing CA, a delegated OCSP responder, a TSA, and
/// leaves with the NCA subject and EKU profile. It stands in for identities the NCA test pack lacks; its
/// certificates belong in the <c>development</c> trust store only.
/// </summary>
public sealed class DevelopmentPki
{
    private readonly KeyFamily family;
    private readonly Uri? baseUrl;

    private DevelopmentPki(
        KeyFamily family,
        Uri? baseUrl,
        SigningIdentity root,
        SigningIdentity ca,
        SigningIdentity responder,
        SigningIdentity tsa
    )
    {
        this.family = family;
        this.baseUrl = baseUrl;
        Root = root;
        Ca = ca;
        OcspResponder = responder;
        Tsa = tsa;
    }

    public SigningIdentity Root { get; }

    public SigningIdentity Ca { get; }

    public SigningIdentity OcspResponder { get; }

    public SigningIdentity Tsa { get; }

    /// <summary>The CA certificates to put in a trust store.</summary>
    public IReadOnlyList<PkiCertificate> CaCertificates => [Root.Certificate, Ca.Certificate];

    public Uri? OcspUrl => baseUrl is null ? null : new Uri(baseUrl, "ocsp/");

    public Uri? CrlUrl => baseUrl is null ? null : new Uri(baseUrl, "crl/dev_ca.crl");

    public Uri? DeltaCrlUrl => baseUrl is null ? null : new Uri(baseUrl, "crl/dev_ca_d.crl");

    /// <summary>
    /// Creates the hierarchy; leaves will name OCSP and CRL addresses under <paramref name="baseUrl"/>.
    /// </summary>
    public static DevelopmentPki Create(KeyFamily family, string name, DateTimeOffset notBefore, Uri? baseUrl = null)
    {
        var root = DevelopmentCertificateIssuer.Issue(DevelopmentProfiles.Root(name, notBefore), NewKey(family), null);
        var ca = DevelopmentCertificateIssuer.Issue(
            DevelopmentProfiles.IssuingCa(name, notBefore),
            NewKey(family),
            root
        );
        var responder = DevelopmentCertificateIssuer.Issue(
            new CertificateProfile
            {
                Subject = Name($"CN={name} OCSP,C=KZ"),
                NotBefore = notBefore,
                NotAfter = notBefore.AddYears(5),
                ExtendedKeyUsage = [KazakhOids.EkuOcspSigning],
                OcspNoCheck = true,
            },
            NewKey(family),
            ca
        );
        var tsa = DevelopmentCertificateIssuer.Issue(
            new CertificateProfile
            {
                Subject = Name($"CN={name} TSA,C=KZ"),
                NotBefore = notBefore,
                NotAfter = notBefore.AddYears(5),
                ExtendedKeyUsage = [KazakhOids.EkuTimeStamping],
                ExtendedKeyUsageCritical = true,
            },
            NewKey(family),
            ca
        );

        return new DevelopmentPki(family, baseUrl, root, ca, responder, tsa);
    }

    /// <summary>Issues a signing certificate with the NCA subject layout and the given role EKUs.</summary>
    public SigningIdentity IssueLeaf(DevelopmentIdentity identity, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        ArgumentNullException.ThrowIfNull(identity);

        return DevelopmentCertificateIssuer.Issue(
            DevelopmentProfiles.Leaf(identity, family, notBefore, notAfter, OcspUrl, CrlUrl, DeltaCrlUrl),
            NewKey(family),
            Ca
        );
    }

    private static SigningKey NewKey(KeyFamily family)
    {
        return family == KeyFamily.Rsa ? new RsaSigningKey(RSA.Create(2048)) : GostSigningKey.Generate(family);
    }

    private static X509Name Name(string text) => new(text);
}
