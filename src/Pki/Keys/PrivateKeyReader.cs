using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Math;

namespace Kazynashylyk.Pki.Keys;

/// <summary>Reads a PKCS#8 private key of any family the engine signs with, GOST layouts included.</summary>
internal static class PrivateKeyReader
{
    /// <summary>
    /// The keys the structure may hold. GOST 2015 keeps d as 64 little-endian bytes; GOST 2004 files hold an INTEGER,
    /// and since producers disagree on its byte order both readings are offered and the certificate decides.
    /// </summary>
    public static IEnumerable<SigningKey> Candidates(PrivateKeyInfo info)
    {
        var keyOid = info.PrivateKeyAlgorithm.Algorithm.Id;
        if (keyOid == KazakhOids.RsaEncryption)
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(info.GetDerEncoded(), out _);
            yield return new RsaSigningKey(rsa);
            yield break;
        }

        var family = keyOid switch
        {
            KazakhOids.Gost2004PublicKey => KeyFamily.Gost2004,
            KazakhOids.Gost2015PublicKey256 => KeyFamily.Gost2015With256BitKey,
            KazakhOids.Gost2015PublicKey512 => KeyFamily.Gost2015With512BitKey,
            _ => throw new KeyFileException($"The private key algorithm {keyOid} is not supported."),
        };

        var parsed = info.ParsePrivateKey();
        byte[] raw = parsed switch
        {
            DerInteger integer => integer.Value.ToByteArrayUnsigned(),
            Asn1OctetString octets => octets.GetOctets(),
            _ => throw new KeyFileException("The GOST private key is neither an INTEGER nor an OCTET STRING."),
        };

        var bigEndian = new BigInteger(1, raw);
        var reversed = (byte[])raw.Clone();
        Array.Reverse(reversed);
        var littleEndian = new BigInteger(1, reversed);

        if (parsed is DerInteger)
        {
            yield return new GostSigningKey(family, bigEndian);
            yield return new GostSigningKey(family, littleEndian);
        }
        else
        {
            yield return new GostSigningKey(family, littleEndian);
            yield return new GostSigningKey(family, bigEndian);
        }
    }

    /// <summary>Whether <paramref name="key"/> is the private half of <paramref name="certificate"/>'s key.</summary>
    public static bool Matches(SigningKey key, PkiCertificate certificate)
    {
        var publicKey = certificate.PublicKey;
        if (publicKey is null || publicKey.Family != key.Family)
        {
            return false;
        }

        var probe = "kazynashylyk key pairing probe"u8.ToArray();
        var algorithm = AlgorithmRegistry.ResolveSignature(key.SignatureOid)!;

        return publicKey.Verify(algorithm, probe, key.Sign(probe));
    }
}
