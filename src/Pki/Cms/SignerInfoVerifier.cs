using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Contracts.Signature;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.X509;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using AttributeTable = Org.BouncyCastle.Asn1.Cms.AttributeTable;

namespace Kazynashylyk.Pki.Cms;

/// <summary>
/// Checks one signer info over given content: the signer's certificate, the message digest, the signature over
/// the signed attributes, and the signing-certificate attribute when present. Used for document signatures and
/// for timestamp tokens alike. Time is not judged here: the verification policy decides which time counts.
/// </summary>
public static class SignerInfoVerifier
{
    /// <summary>Runs the checks; a malformed signer info ends as FORMAT_FAILURE, never as an exception.</summary>
    public static SignerCheck Verify(
        SignerInfo signer,
        string contentType,
        ReadOnlySpan<byte> content,
        IReadOnlyList<PkiCertificate> certificates
    )
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(certificates);
        try
        {
            return VerifyUnchecked(signer, contentType, content, certificates);
        }
        catch (Exception e) when (MalformedInput.Is(e))
        {
            return new SignerCheck
            {
                Failure = SubIndications.FormatFailure,
                Problem = $"The signer info is malformed: {e.Message}",
            };
        }
    }

    private static SignerCheck VerifyUnchecked(
        SignerInfo signer,
        string contentType,
        ReadOnlySpan<byte> content,
        IReadOnlyList<PkiCertificate> certificates
    )
    {
        var signatureValue = signer.Signature.GetOctets();
        var certificate = FindCertificate(signer.SignerID, certificates);
        if (certificate is null)
        {
            return Fail(
                null,
                SubIndications.NoSigningCertificateFound,
                "The CMS does not carry the signer's certificate.",
                signatureValue
            );
        }

        var digestOid = signer.DigestAlgorithm.Algorithm.Id;
        var algorithm = AlgorithmRegistry.ResolveSignature(signer.SignatureAlgorithm.Algorithm.Id, digestOid);
        if (algorithm is null || !AlgorithmRegistry.IsSupportedDigest(digestOid))
        {
            return Fail(
                certificate,
                SubIndications.CryptoConstraintsFailureNoPoe,
                "The signature algorithm is not supported.",
                signatureValue
            );
        }

        var digest = AlgorithmRegistry.ComputeDigest(digestOid, content);
        var signedAttributes = signer.SignedAttrs;
        byte[] signedBytes;
        DateTimeOffset? signingTime = null;
        var signingCertificatePresent = false;
        if (signedAttributes is null)
        {
            signedBytes = content.ToArray();
        }
        else
        {
            var table = new AttributeTable(signedAttributes);
            var messageDigest = Single(table, KazakhOids.MessageDigestAttribute);
            if (
                messageDigest is null
                || !Asn1OctetString.GetInstance(messageDigest).GetOctets().AsSpan().SequenceEqual(digest)
            )
            {
                return Fail(
                    certificate,
                    SubIndications.HashFailure,
                    "The content does not match the signed message digest.",
                    signatureValue
                );
            }

            var declaredType = Single(table, KazakhOids.ContentTypeAttribute);
            if (declaredType is not null && DerObjectIdentifier.GetInstance(declaredType).Id != contentType)
            {
                return Fail(
                    certificate,
                    SubIndications.FormatFailure,
                    "The signed content type differs from the content's.",
                    signatureValue
                );
            }

            signingTime = ReadSigningTime(table);
            var reference = CheckSigningCertificate(table, certificate);
            if (reference == false)
            {
                return Fail(
                    certificate,
                    SubIndications.SigConstraintsFailure,
                    "The signing-certificate attribute names another certificate.",
                    signatureValue
                );
            }

            signingCertificatePresent = reference == true;
            signedBytes = signedAttributes.GetEncoded(Asn1Encodable.Der);
        }

        var key = certificate.PublicKey;
        if (key is null || !key.Verify(algorithm, signedBytes, signatureValue))
        {
            return Fail(
                certificate,
                SubIndications.SigCryptoFailure,
                "The signature value does not verify with the signer's key.",
                signatureValue
            );
        }

        return new SignerCheck
        {
            Certificate = certificate,
            SigningTime = signingTime,
            SigningCertificateAttributePresent = signingCertificatePresent,
            SignatureValue = signatureValue,
        };
    }

    /// <summary>The unsigned attribute values of a type.</summary>
    public static IEnumerable<Asn1Encodable> UnsignedValues(SignerInfo signer, string oid)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (signer.UnsignedAttrs is null)
        {
            return [];
        }

        return new AttributeTable(signer.UnsignedAttrs)
            .GetAll(new DerObjectIdentifier(oid))
            .Cast<Attribute>()
            .SelectMany(a => a.AttrValues.Cast<Asn1Encodable>());
    }

    private static PkiCertificate? FindCertificate(SignerIdentifier id, IReadOnlyList<PkiCertificate> certificates)
    {
        if (id.ID is Asn1OctetString keyIdentifier)
        {
            return certificates.FirstOrDefault(c =>
            {
                var ski = c.Structure.TbsCertificate.Extensions?.GetExtension(X509Extensions.SubjectKeyIdentifier);

                return ski is not null && Asn1OctetString.GetInstance(ski.GetParsedValue()).Equals(keyIdentifier);
            });
        }

        var issuerAndSerial = IssuerAndSerialNumber.GetInstance(id.ID);

        return certificates.FirstOrDefault(c =>
            c.Structure.SerialNumber.Value.Equals(issuerAndSerial.SerialNumber.Value)
            && c.Issuer.Equivalent(issuerAndSerial.Issuer)
        );
    }

    // Null when absent, true when it names this certificate, false when it names another.
    private static bool? CheckSigningCertificate(AttributeTable table, PkiCertificate certificate)
    {
        var v2 = Single(table, KazakhOids.SigningCertificateV2Attribute);
        if (v2 is not null)
        {
            // Known limitation: only the first ESSCertIDv2 is compared, because NCA-style signatures carry exactly one.
            var first = SigningCertificateV2.GetInstance(v2).GetCerts().FirstOrDefault();
            if (first is null)
            {
                return false;
            }

            var digestOid = first.HashAlgorithm.Algorithm.Id;
            var hash = digestOid == KazakhOids.Sha256 ? certificate.Sha256 : null;
            if (hash is null && AlgorithmRegistry.IsSupportedDigest(digestOid))
            {
                hash = AlgorithmRegistry.ComputeDigest(digestOid, certificate.Der);
            }

            return hash is not null
                && hash.AsSpan().SequenceEqual(first.GetCertHash())
                && SerialMatches(first.IssuerSerial, certificate);
        }

        var v1 = Single(table, KazakhOids.SigningCertificateAttribute);
        if (v1 is not null)
        {
            var first = SigningCertificate.GetInstance(v1).GetCerts().FirstOrDefault();
            return first is not null
                && AlgorithmRegistry
                    .ComputeDigest(KazakhOids.Sha1, certificate.Der)
                    .AsSpan()
                    .SequenceEqual(first.GetCertHash())
                && SerialMatches(first.IssuerSerial, certificate);
        }

        return null;
    }

    private static bool SerialMatches(IssuerSerial? issuerSerial, PkiCertificate certificate)
    {
        return issuerSerial is null || issuerSerial.Serial.Value.Equals(certificate.Structure.SerialNumber.Value);
    }

    private static DateTimeOffset? ReadSigningTime(AttributeTable table)
    {
        var value = Single(table, KazakhOids.SigningTimeAttribute);

        return value is null
            ? null
            : new DateTimeOffset(Org.BouncyCastle.Asn1.Cms.Time.GetInstance(value).ToDateTime(), TimeSpan.Zero);
    }

    private static Asn1Encodable? Single(AttributeTable table, string oid)
    {
        var attribute = table[new DerObjectIdentifier(oid)];

        return attribute is null || attribute.AttrValues.Count == 0 ? null : attribute.AttrValues[0];
    }

    private static SignerCheck Fail(PkiCertificate? certificate, string failure, string problem, byte[] signatureValue)
    {
        return new SignerCheck
        {
            Certificate = certificate,
            Failure = failure,
            Problem = problem,
            SignatureValue = signatureValue,
        };
    }
}
