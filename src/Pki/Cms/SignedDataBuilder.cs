using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.X509;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using ContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;

namespace Kazynashylyk.Pki.Cms;

/// <summary>
/// Builds CMS SignedData the way NCALayer lays it out: one signer, its certificate, signed attributes.
/// </summary>
internal static class SignedDataBuilder
{
    public static SignerInfo BuildSignerInfo(
        SigningIdentity identity,
        string contentType,
        ReadOnlySpan<byte> content,
        DateTimeOffset signingTime,
        Asn1Set? unsigned
    )
    {
        var digestOid = identity.Key.DigestOid;
        var digest = AlgorithmRegistry.ComputeDigest(digestOid, content);
        var certificate = identity.Certificate;

        var essCertId = new EssCertIDv2(
            AlgorithmRegistry.ComputeDigest(KazakhOids.Sha256, certificate.Der),
            new IssuerSerial(new GeneralNames(new GeneralName(certificate.Issuer)), certificate.Structure.SerialNumber)
        );
        var signedAttributes = new DerSet(
            new Attribute(CmsAttributes.ContentType, new DerSet(new DerObjectIdentifier(contentType))),
            new Attribute(
                CmsAttributes.SigningTime,
                new DerSet(new Org.BouncyCastle.Asn1.Cms.Time(signingTime.UtcDateTime))
            ),
            new Attribute(CmsAttributes.MessageDigest, new DerSet(new DerOctetString(digest))),
            new Attribute(
                new DerObjectIdentifier(KazakhOids.SigningCertificateV2Attribute),
                new DerSet(new SigningCertificateV2(essCertId))
            )
        );

        var signature = identity.Key.Sign(signedAttributes.GetEncoded(Asn1Encodable.Der));
        var signerId = new SignerIdentifier(
            new IssuerAndSerialNumber(certificate.Issuer, certificate.Structure.SerialNumber)
        );

        return new SignerInfo(
            signerId,
            DigestAlgorithm(digestOid),
            signedAttributes,
            SignatureAlgorithm(identity.Key),
            new DerOctetString(signature),
            unsigned
        );
    }

    public static byte[] Encode(
        SigningIdentity identity,
        string contentType,
        byte[]? encapsulated,
        SignerInfo signerInfo
    )
    {
        var encapContent = new ContentInfo(
            new DerObjectIdentifier(contentType),
            encapsulated is null ? null : new DerOctetString(encapsulated)
        );
        var signedData = new SignedData(
            new DerSet(DigestAlgorithm(identity.Key.DigestOid)),
            encapContent,
            new DerSet(identity.Certificate.Structure),
            null,
            new DerSet(signerInfo)
        );

        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }

    public static AlgorithmIdentifier DigestAlgorithm(string digestOid)
    {
        var oid = new DerObjectIdentifier(digestOid);

        return digestOid.StartsWith("1.2.398", StringComparison.Ordinal)
            ? new AlgorithmIdentifier(oid)
            : new AlgorithmIdentifier(oid, DerNull.Instance);
    }

    private static AlgorithmIdentifier SignatureAlgorithm(SigningKey key)
    {
        var oid = new DerObjectIdentifier(key.SignatureOid);

        return key.Family == KeyFamily.Rsa
            ? new AlgorithmIdentifier(oid, DerNull.Instance)
            : new AlgorithmIdentifier(oid);
    }
}
