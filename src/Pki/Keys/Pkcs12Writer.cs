using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Development;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace Kazynashylyk.Pki.Keys;

/// <summary>
/// Writes a key and its certificates as a password-protected PKCS#12 file laid out as the NCA's own files are:
/// the key in a shrouded key bag (PBE-SHA1-3DES), the certificate and its chain in an encrypted cert-bag safe,
/// and an HMAC-SHA1 integrity check. GOST keys keep the NCA layout (the scalar as little-endian bytes).
/// </summary>
public static class Pkcs12Writer
{
    /// <summary>The PBE and MAC iteration count the NCA's files use.</summary>
    public const int DefaultIterations = 1024;

    private static readonly DerObjectIdentifier Pbe = PkcsObjectIdentifiers.PbeWithShaAnd3KeyTripleDesCbc;

    /// <summary>
    /// Encodes <paramref name="identity"/>: its key, its certificate and its
    /// <see cref="SigningIdentity.OtherCertificates"/> (the chain).
    /// </summary>
    public static byte[] Write(SigningIdentity identity, string password, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);

        // The local key id only ties the key bag to its certificate bag: any stable 20 bytes do.
        var localKeyId = new DerOctetString(SHA256.HashData(identity.Certificate.Der)[..20]);
        var keyBag = new SafeBag(
            PkcsObjectIdentifiers.Pkcs8ShroudedKeyBag,
            EncryptedPrivateKeyInfoFactory.CreateEncryptedPrivateKeyInfo(
                Pbe.Id,
                password.ToCharArray(),
                RandomNumberGenerator.GetBytes(20),
                iterations,
                PrivateKeyInfoOf(identity.Key)
            ),
            Attributes(localKeyId)
        );

        var certificateBags = new List<Asn1Encodable> { CertificateBag(identity.Certificate.Der, localKeyId) };
        certificateBags.AddRange(identity.OtherCertificates.Select(c => CertificateBag(c.Der, null)));

        var authenticatedSafe = new AuthenticatedSafe([
            new ContentInfo(PkcsObjectIdentifiers.Data, new DerOctetString(new DerSequence(keyBag).GetDerEncoded())),
            Encrypted(new DerSequence(certificateBags.ToArray()).GetDerEncoded(), password, iterations),
        ]);
        var authenticatedSafeBytes = authenticatedSafe.GetDerEncoded();

        var pfx = new Pfx(
            new ContentInfo(PkcsObjectIdentifiers.Data, new DerOctetString(authenticatedSafeBytes)),
            Mac(authenticatedSafeBytes, password, iterations)
        );

        return pfx.GetDerEncoded();
    }

    /// <summary>The unencrypted PKCS#8 structure of a key, GOST keys in the NCA layout.</summary>
    internal static PrivateKeyInfo PrivateKeyInfoOf(SigningKey key)
    {
        switch (key)
        {
            case GostSigningKey gost:
                var algorithm = DevelopmentCertificateIssuer.PublicKeyInfo(gost).Algorithm;
                var size = (gost.PublicParameters.Parameters.Curve.FieldSize + 7) / 8;
                var scalar = new byte[size];
                LittleEndian.Write(gost.D, scalar);

                return new PrivateKeyInfo(algorithm, new DerOctetString(scalar));
            case RsaSigningKey rsa:
                return PrivateKeyInfo.GetInstance(rsa.ExportPkcs8PrivateKey());
            default:
                throw new NotSupportedException($"Key type {key.GetType().Name} cannot be written.");
        }
    }

    private static SafeBag CertificateBag(byte[] der, Asn1OctetString? localKeyId)
    {
        var bag = new CertBag(PkcsObjectIdentifiers.X509Certificate, new DerOctetString(der));

        return new SafeBag(
            PkcsObjectIdentifiers.CertBag,
            bag.ToAsn1Object(),
            localKeyId is null ? null : Attributes(localKeyId)
        );
    }

    private static DerSet Attributes(Asn1OctetString localKeyId)
    {
        return new DerSet(
            new AttributePkcs(PkcsObjectIdentifiers.Pkcs9AtLocalKeyID, new DerSet(localKeyId))
        );
    }

    private static ContentInfo Encrypted(byte[] safeContents, string password, int iterations)
    {
        var algorithm = new AlgorithmIdentifier(
            Pbe,
            new Pkcs12PbeParams(RandomNumberGenerator.GetBytes(20), iterations)
        );
        var cipher = (IBufferedCipher)PbeUtilities.CreateEngine(algorithm);
        cipher.Init(true, PbeUtilities.GenerateCipherParameters(algorithm, password.ToCharArray()));
        var encrypted = new EncryptedData(
            PkcsObjectIdentifiers.Data,
            algorithm,
            new DerOctetString(cipher.DoFinal(safeContents))
        );

        return new ContentInfo(PkcsObjectIdentifiers.EncryptedData, encrypted.ToAsn1Object());
    }

    private static MacData Mac(byte[] authenticatedSafe, string password, int iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(20);
        var digest = new Sha1Digest();
        var generator = new Pkcs12ParametersGenerator(digest);
        generator.Init(PbeParametersGenerator.Pkcs12PasswordToBytes(password.ToCharArray()), salt, iterations);
        var macKey = (KeyParameter)generator.GenerateDerivedMacParameters(digest.GetDigestSize() * 8);

        var hmac = new HMac(digest);
        hmac.Init(macKey);
        hmac.BlockUpdate(authenticatedSafe, 0, authenticatedSafe.Length);
        var mac = new byte[hmac.GetMacSize()];
        hmac.DoFinal(mac, 0);

        var sha1 = new AlgorithmIdentifier(OiwObjectIdentifiers.IdSha1, DerNull.Instance);

        return new MacData(new DigestInfo(sha1, mac), salt, iterations);
    }
}
