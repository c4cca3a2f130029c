using System.Security.Cryptography;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>An RSA private key signing with SHA-256 and PKCS#1 v1.5 padding.</summary>
public sealed class RsaSigningKey : SigningKey
{
    private readonly RSA rsa;

    /// <summary>Wraps a platform RSA key that holds a private part.</summary>
    public RsaSigningKey(RSA rsa)
    {
        this.rsa = rsa;
        var publicRsa = RSA.Create();
        publicRsa.ImportParameters(rsa.ExportParameters(false));
        PublicKey = new RsaVerificationKey(publicRsa);
    }

    public override KeyFamily Family => KeyFamily.Rsa;

    public override VerificationKey PublicKey { get; }

    /// <summary>The SubjectPublicKeyInfo of the key, DER.</summary>
    public byte[] ExportSubjectPublicKeyInfo() => rsa.ExportSubjectPublicKeyInfo();

    /// <summary>The private key as PKCS#8 DER, for writing it into a key container.</summary>
    internal byte[] ExportPkcs8PrivateKey() => rsa.ExportPkcs8PrivateKey();

    public override byte[] Sign(ReadOnlySpan<byte> data)
    {
        return rsa.SignData(data.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
