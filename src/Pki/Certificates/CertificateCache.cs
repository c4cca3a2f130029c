using System.Collections.Concurrent;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Certificates;

/// <summary>
/// Parses each distinct certificate once. A warm verification finds the signer's certificate here, with its
/// public key already parsed, instead of paying for key parsing (and BouncyCastle's RSA modulus tests) again.
/// </summary>
public sealed class CertificateCache
{
    private readonly ConcurrentDictionary<string, PkiCertificate> certificates = new(StringComparer.Ordinal);
    private readonly int capacity;

    /// <summary>Creates a cache that holds up to <paramref name="capacity"/> certificates.</summary>
    public CertificateCache(int capacity = 100_000)
    {
        this.capacity = capacity;
    }

    /// <summary>A process-wide cache for callers without their own.</summary>
    public static CertificateCache Shared { get; } = new();

    /// <summary>Parses DER bytes (or returns the cached instance).</summary>
    /// <exception cref="FormatException">The bytes are not a certificate.</exception>
    public PkiCertificate Get(byte[] der)
    {
        ArgumentNullException.ThrowIfNull(der);

        return Get(der.AsSpan());
    }

    /// <summary>Parses DER bytes (or returns the cached instance); the bytes are copied only on a miss.</summary>
    /// <exception cref="FormatException">The bytes are not a certificate.</exception>
    public PkiCertificate Get(ReadOnlySpan<byte> encoded)
    {
        var key = Convert.ToHexString(SHA256.HashData(encoded));
        if (certificates.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var der = encoded.ToArray();

        try
        {
            var structure = X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(der));

            return Remember(key, PkiCertificate.CreateValidated(structure, der));
        }
        catch (Exception e) when (Cms.MalformedInput.Is(e))
        {
            throw new FormatException($"The bytes are not a well-formed X.509 certificate: {e.Message}", e);
        }
    }

    /// <summary>Wraps an already parsed structure (or returns the cached instance).</summary>
    public PkiCertificate Get(X509CertificateStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var der = structure.GetDerEncoded();
        var key = Convert.ToHexString(SHA256.HashData(der));
        if (certificates.TryGetValue(key, out var cached))
        {
            return cached;
        }

        try
        {
            return Remember(key, PkiCertificate.CreateValidated(structure, der));
        }
        catch (Exception e) when (Cms.MalformedInput.Is(e))
        {
            throw new FormatException($"The certificate is malformed: {e.Message}", e);
        }
    }

    private PkiCertificate Remember(string key, PkiCertificate certificate)
    {
        // A crude bound: a flood of distinct certificates empties the cache instead of growing it without limit.
        if (certificates.Count >= capacity)
        {
            certificates.Clear();
        }

        return certificates.GetOrAdd(key, certificate);
    }
}
