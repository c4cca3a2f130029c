namespace Kazynashylyk.Pki.Algorithms;

/// <summary>A private key that produces signatures in the layout the NCA profile expects.</summary>
public abstract class SigningKey
{
    /// <summary>The key family.</summary>
    public abstract KeyFamily Family { get; }

    /// <summary>The signature algorithm identifier this key signs with.</summary>
    public string SignatureOid => AlgorithmRegistry.SignatureOidFor(Family);

    /// <summary>The digest this key signs with.</summary>
    public string DigestOid => AlgorithmRegistry.DigestOidFor(Family);

    /// <summary>The matching public key, used to pair a key with its certificate.</summary>
    public abstract VerificationKey PublicKey { get; }

    /// <summary>Signs <paramref name="data"/> (the digest is computed here).</summary>
    public abstract byte[] Sign(ReadOnlySpan<byte> data);
}
