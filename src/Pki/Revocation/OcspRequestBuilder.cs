using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>Builds OCSP requests with a SHA-256 CertID (as the NCA responder uses) and a random nonce.</summary>
public static class OcspRequestBuilder
{
    /// <summary>The CertID of <paramref name="certificate"/> issued by <paramref name="issuer"/>.</summary>
    public static CertID CertIdFor(
        PkiCertificate certificate,
        PkiCertificate issuer,
        string digestOid = KazakhOids.Sha256
    )
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        var nameHash = AlgorithmRegistry.ComputeDigest(digestOid, issuer.Structure.Subject.GetDerEncoded());
        var keyHash = AlgorithmRegistry.ComputeDigest(
            digestOid,
            issuer.Structure.SubjectPublicKeyInfo.PublicKey.GetOctets()
        );

        return new CertID(
            new AlgorithmIdentifier(new DerObjectIdentifier(digestOid), DerNull.Instance),
            new DerOctetString(nameHash),
            new DerOctetString(keyHash),
            certificate.Structure.SerialNumber
        );
    }

    /// <summary>A DER OCSP request for one certificate carrying <paramref name="nonce"/>.</summary>
    public static byte[] Build(PkiCertificate certificate, PkiCertificate issuer, byte[] nonce)
    {
        var request = new Request(CertIdFor(certificate, issuer), null);
        var generator = new X509ExtensionsGenerator();
        generator.AddExtension(new DerObjectIdentifier(KazakhOids.OcspNonce), false, new DerOctetString(nonce));
        var tbs = new TbsRequest(null, new DerSequence(request), generator.Generate());

        return new OcspRequest(tbs, null).GetEncoded(Asn1Encodable.Der);
    }
}
