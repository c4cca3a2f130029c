using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>A GOST public key; signatures are r then s, each little-endian, as the NCA profile lays them out.</summary>
public sealed class GostVerificationKey : VerificationKey
{
    private readonly ECPublicKeyParameters key;
    private readonly KeyFamily family;

    internal GostVerificationKey(KeyFamily family, ECPublicKeyParameters key)
    {
        this.family = family;
        this.key = key;
    }

    public override KeyFamily Family => family;

    public override int KeySizeBits => key.Parameters.Curve.FieldSize;

    internal ECPublicKeyParameters Parameters => key;

    protected override bool VerifyCore(
        SignatureAlgorithm algorithm,
        ReadOnlySpan<byte> signedData,
        ReadOnlySpan<byte> signature
    )
    {
        var half = (KeySizeBits + 7) / 8;
        if (signature.Length != 2 * half)
        {
            return false;
        }

        var r = LittleEndian.ToBigInteger(signature[..half]);
        var s = LittleEndian.ToBigInteger(signature[half..]);
        var digest = AlgorithmRegistry.ComputeDigest(algorithm.DigestOid, signedData);

        var signer = new ECGost3410Signer();
        signer.Init(false, key);

        return signer.VerifySignature(digest, r, s);
    }
}
