namespace Kazynashylyk.Pki.Algorithms;

/// <summary>
/// A parsed public key that verifies signatures of its family. Instances are immutable and safe to share,
/// so callers parse a key once per certificate and keep it.
/// </summary>
public abstract class VerificationKey
{
    /// <summary>The key family.</summary>
    public abstract KeyFamily Family { get; }

    /// <summary>The key size in bits (the modulus for RSA, the field for GOST).</summary>
    public abstract int KeySizeBits { get; }

    /// <summary>Verifies <paramref name="signature"/> over <paramref name="signedData"/>.</summary>
    /// <returns>False for a wrong signature, a malformed one, or an algorithm of another family.</returns>
    public bool Verify(SignatureAlgorithm algorithm, ReadOnlySpan<byte> signedData, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        if (algorithm.Family != Family)
        {
            return false;
        }

        return VerifyCore(algorithm, signedData, signature);
    }

    /// <summary>Verifies a signature whose family already matches the key.</summary>
    protected abstract bool VerifyCore(
        SignatureAlgorithm algorithm,
        ReadOnlySpan<byte> signedData,
        ReadOnlySpan<byte> signature
    );
}
