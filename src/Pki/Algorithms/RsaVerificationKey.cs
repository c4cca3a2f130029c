using System.Security.Cryptography;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>
/// An RSA public key verified by the platform's RSA (OpenSSL underneath), many times faster than a managed one.
/// </summary>
public sealed class RsaVerificationKey : VerificationKey
{
    private readonly RSA rsa;

    internal RsaVerificationKey(RSA rsa)
    {
        this.rsa = rsa;
    }

    public override KeyFamily Family => KeyFamily.Rsa;

    public override int KeySizeBits => rsa.KeySize;

    protected override bool VerifyCore(
        SignatureAlgorithm algorithm,
        ReadOnlySpan<byte> signedData,
        ReadOnlySpan<byte> signature
    )
    {
        try
        {
            var hash = AlgorithmRegistry.ComputeDigest(algorithm.DigestOid, signedData);

            return rsa.VerifyHash(
                hash,
                signature,
                AlgorithmRegistry.ShaName(algorithm.DigestOid),
                RSASignaturePadding.Pkcs1
            );
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
