using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Development;

/// <summary>Issues certificates with the NCA layouts (Kazakh GOST key encoding and signature identifiers).</summary>
public static class DevelopmentCertificateIssuer
{
    /// <summary>
    /// Issues a certificate for <paramref name="subjectKey"/>; a null <paramref name="issuer"/> self-signs.
    /// </summary>
    public static SigningIdentity Issue(
        CertificateProfile profile,
        SigningKey subjectKey,
        SigningIdentity? issuer,
        CertificateCache? cache = null
    )
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(subjectKey);
        cache ??= CertificateCache.Shared;
        var signingKey = issuer?.Key ?? subjectKey;
        var publicKeyInfo = PublicKeyInfo(subjectKey);
        var signatureAlgorithm = (AlgorithmIdentifier)new KazakhSignatureFactory(signingKey).AlgorithmDetails;

        var tbs = new V3TbsCertificateGenerator();
        tbs.SetSerialNumber(
            new DerInteger(new Org.BouncyCastle.Math.BigInteger(1, RandomNumberGenerator.GetBytes(20)))
        );
        tbs.SetSignature(signatureAlgorithm);
        tbs.SetIssuer(issuer?.Certificate.Subject ?? profile.Subject);
        tbs.SetSubject(profile.Subject);
        tbs.SetStartDate(new Time(profile.NotBefore.UtcDateTime));
        tbs.SetEndDate(new Time(profile.NotAfter.UtcDateTime));
        tbs.SetSubjectPublicKeyInfo(publicKeyInfo);
        tbs.SetExtensions(Extensions(profile, publicKeyInfo, issuer));
        var tbsCertificate = tbs.GenerateTbsCertificate();

        var signature = signingKey.Sign(tbsCertificate.GetEncoded(Asn1Encodable.Der));
        var structure = new X509CertificateStructure(tbsCertificate, signatureAlgorithm, new DerBitString(signature));

        return new SigningIdentity(subjectKey, cache.Get(structure.GetEncoded(Asn1Encodable.Der)), []);
    }

    /// <summary>The SubjectPublicKeyInfo of a key, GOST keys in the NCA layout.</summary>
    public static SubjectPublicKeyInfo PublicKeyInfo(SigningKey key)
    {
        return key switch
        {
            GostSigningKey gost => VerificationKeyFactory.EncodeGost(gost.Family, gost.PublicParameters),
            RsaSigningKey rsa => SubjectPublicKeyInfo.GetInstance(rsa.ExportSubjectPublicKeyInfo()),
            _ => throw new NotSupportedException($"Key type {key.GetType().Name} cannot be encoded."),
        };
    }

    private static X509Extensions Extensions(
        CertificateProfile profile,
        SubjectPublicKeyInfo publicKeyInfo,
        SigningIdentity? issuer
    )
    {
        var generator = new X509ExtensionsGenerator();
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(profile.IsCa));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(profile.KeyUsage));
        var keyId = SHA1Free(publicKeyInfo.PublicKey.GetOctets());
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId));
        if (issuer is not null)
        {
            var issuerKeyId = SHA1Free(issuer.Certificate.Structure.SubjectPublicKeyInfo.PublicKey.GetOctets());
            generator.AddExtension(
                X509Extensions.AuthorityKeyIdentifier,
                false,
                new AuthorityKeyIdentifier(issuerKeyId)
            );
        }

        if (profile.ExtendedKeyUsage.Count > 0)
        {
            var usages = profile.ExtendedKeyUsage.Select(o => new DerObjectIdentifier(o)).ToArray();
            generator.AddExtension(
                X509Extensions.ExtendedKeyUsage,
                profile.ExtendedKeyUsageCritical,
                new ExtendedKeyUsage(usages)
            );
        }

        if (profile.PolicyOid is not null)
        {
            generator.AddExtension(
                X509Extensions.CertificatePolicies,
                false,
                new CertificatePolicies(new PolicyInformation(new DerObjectIdentifier(profile.PolicyOid)))
            );
        }

        if (profile.OcspUrl is not null)
        {
            var ocsp = new AccessDescription(AccessDescription.IdADOcsp, Uri(profile.OcspUrl));
            generator.AddExtension(X509Extensions.AuthorityInfoAccess, false, new AuthorityInformationAccess(ocsp));
        }

        AddDistributionPoint(generator, X509Extensions.CrlDistributionPoints, profile.CrlUrl);
        AddDistributionPoint(generator, X509Extensions.FreshestCrl, profile.DeltaCrlUrl);
        if (profile.OcspNoCheck)
        {
            generator.AddExtension(new DerObjectIdentifier(KazakhOids.OcspNoCheck), false, DerNull.Instance);
        }

        return generator.Generate();
    }

    private static void AddDistributionPoint(X509ExtensionsGenerator generator, DerObjectIdentifier oid, Uri? url)
    {
        if (url is null)
        {
            return;
        }

        var name = new DistributionPointName(new GeneralNames(Uri(url)));
        generator.AddExtension(oid, false, new CrlDistPoint([new DistributionPoint(name, null, null)]));
    }

    private static GeneralName Uri(Uri url) => new(GeneralName.UniformResourceIdentifier, url.ToString());

    // Key identifiers only need to be stable and distinct; SHA-256 truncated to 20 bytes avoids SHA-1 entirely.
    private static byte[] SHA1Free(byte[] key) => SHA256.HashData(key)[..20];
}
