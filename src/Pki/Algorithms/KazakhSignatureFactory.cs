using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;

namespace Kazynashylyk.Pki.Algorithms;

/// <summary>
/// Lets BouncyCastle's generators (certificates, CRLs, OCSP responses) sign with a <see cref="SigningKey"/>,
/// which they cannot do for the Kazakh GOST identifiers on their own.
/// </summary>
public sealed class KazakhSignatureFactory : ISignatureFactory
{
    private readonly SigningKey key;

    /// <summary>Creates a factory signing with <paramref name="key"/>.</summary>
    public KazakhSignatureFactory(SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        this.key = key;
        var oid = new DerObjectIdentifier(key.SignatureOid);
        AlgorithmDetails =
            key.Family == KeyFamily.Rsa ? new AlgorithmIdentifier(oid, DerNull.Instance) : new AlgorithmIdentifier(oid);
    }

    public object AlgorithmDetails { get; }

    public IStreamCalculator<IBlockResult> CreateCalculator() => new SigningCalculator(key);

    private sealed class SigningCalculator(SigningKey key) : IStreamCalculator<IBlockResult>, IDisposable
    {
        private readonly MemoryStream buffer = new();

        public Stream Stream => buffer;

        public IBlockResult GetResult() => new SimpleBlockResult(key.Sign(buffer.ToArray()));

        public void Dispose() => buffer.Dispose();
    }
}
