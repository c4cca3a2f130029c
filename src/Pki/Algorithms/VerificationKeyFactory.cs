using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>
/// Turns a SubjectPublicKeyInfo into a <see cref="VerificationKey"/>, knowing the Kazakh GOST layouts.
/// </summary>
public static class VerificationKeyFactory
{
    /// <summary>Parses a public key.</summary>
    /// <exception cref="NotSupportedException">The algorithm is not one the engine verifies.</exception>
    /// <exception cref="CryptographicException">The key bytes are malformed.</exception>
    public static VerificationKey Create(SubjectPublicKeyInfo publicKeyInfo)
    {
        ArgumentNullException.ThrowIfNull(publicKeyInfo);
        var keyOid = publicKeyInfo.Algorithm.Algorithm.Id;

        if (keyOid == KazakhOids.RsaEncryption)
        {
            var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(publicKeyInfo.GetDerEncoded(), out _);

            return new RsaVerificationKey(rsa);
        }

        var family = AlgorithmRegistry.GostFamilyOfKey(keyOid)
            ?? throw new NotSupportedException($"Public key algorithm {keyOid} is not supported.");

        return new GostVerificationKey(family, ReadGostPoint(family, publicKeyInfo));
    }

    /// <summary>Encodes a GOST public key the way NCA certificates carry it.</summary>
    public static SubjectPublicKeyInfo EncodeGost(KeyFamily family, ECPublicKeyParameters key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (keyOid, curveOid) = AlgorithmRegistry.KeyOidsFor(family);
        var half = (key.Parameters.Curve.FieldSize + 7) / 8;

        var point = key.Q.Normalize();
        var bytes = new byte[2 * half];
        LittleEndian.Write(point.AffineXCoord.ToBigInteger(), bytes.AsSpan(0, half));
        LittleEndian.Write(point.AffineYCoord.ToBigInteger(), bytes.AsSpan(half));

        var parameters = new DerSequence(
            new DerObjectIdentifier(curveOid),
            new DerObjectIdentifier(AlgorithmRegistry.DigestOidFor(family))
        );
        var algorithm = new AlgorithmIdentifier(new DerObjectIdentifier(keyOid), parameters);

        return new SubjectPublicKeyInfo(algorithm, new DerOctetString(bytes));
    }

    private static ECPublicKeyParameters ReadGostPoint(KeyFamily family, SubjectPublicKeyInfo publicKeyInfo)
    {
        var domain = AlgorithmRegistry.CurveFor(family);
        var half = (domain.Curve.FieldSize + 7) / 8;

        byte[] bytes;
        try
        {
            bytes = Asn1OctetString.GetInstance(publicKeyInfo.ParsePublicKey()).GetOctets();
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException)
        {
            throw new CryptographicException("The GOST public key is not an OCTET STRING.", e);
        }

        if (bytes.Length != 2 * half)
        {
            throw new CryptographicException(
                $"A GOST public key of this curve has {2 * half} bytes, not {bytes.Length}."
            );
        }

        try
        {
            var x = LittleEndian.ToBigInteger(bytes.AsSpan(0, half));
            var y = LittleEndian.ToBigInteger(bytes.AsSpan(half));

            return new ECPublicKeyParameters(domain.Curve.CreatePoint(x, y), domain);
        }
        catch (ArgumentException e)
        {
            throw new CryptographicException("The GOST public key is not a point of its curve.", e);
        }
    }
}
