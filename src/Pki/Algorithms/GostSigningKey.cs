using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>A GOST private key; it writes r then s, each little-endian and padded to the field size.</summary>
public sealed class GostSigningKey : SigningKey
{
    private static readonly SecureRandom Random = new();
    private readonly ECPrivateKeyParameters key;
    private readonly KeyFamily family;

    /// <summary>Wraps the private scalar <paramref name="d"/> of a GOST family.</summary>
    public GostSigningKey(KeyFamily family, BigInteger d)
    {
        ArgumentNullException.ThrowIfNull(d);
        this.family = family;
        var domain = AlgorithmRegistry.CurveFor(family);
        key = new ECPrivateKeyParameters(d, domain);
        var q = domain.G.Multiply(d).Normalize();
        PublicKey = new GostVerificationKey(family, new ECPublicKeyParameters(q, domain));
    }

    public override KeyFamily Family => family;

    public override VerificationKey PublicKey { get; }

    /// <summary>The private scalar, for writing the key into a key container.</summary>
    internal BigInteger D => key.D;

    /// <summary>The public key in BouncyCastle form, for encoding into a certificate.</summary>
    public ECPublicKeyParameters PublicParameters => ((GostVerificationKey)PublicKey).Parameters;

    /// <summary>Generates a fresh key of the family.</summary>
    public static GostSigningKey Generate(KeyFamily family)
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(AlgorithmRegistry.CurveFor(family), Random));
        var pair = generator.GenerateKeyPair();

        return new GostSigningKey(family, ((ECPrivateKeyParameters)pair.Private).D);
    }

    public override byte[] Sign(ReadOnlySpan<byte> data)
    {
        var digest = AlgorithmRegistry.ComputeDigest(DigestOid, data);
        var signer = new ECGost3410Signer();
        signer.Init(true, new ParametersWithRandom(key, Random));
        var rs = signer.GenerateSignature(digest);

        var half = (key.Parameters.Curve.FieldSize + 7) / 8;
        var signature = new byte[2 * half];
        LittleEndian.Write(rs[0], signature.AsSpan(0, half));
        LittleEndian.Write(rs[1], signature.AsSpan(half));

        return signature;
    }
}
