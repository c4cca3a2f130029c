using System.Formats.Asn1;
using System.Numerics;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>
/// A CRL parsed once into a serial-number index. Parsing walks the DER with the platform's reader and keeps one
/// small struct per entry, so the production CRL (about 420,000 entries) answers a lookup in constant time
/// instead of the linear scan of BouncyCastle's X509Crl.
/// </summary>
public sealed class CrlIndex
{
    private static readonly byte[] ReasonCodeOid = [0x06, 0x03, 0x55, 0x1D, 0x15];
    private readonly Dictionary<SerialKey, CrlEntry> entries;
    private ReadOnlyMemory<byte>? tbs;
    private byte[]? signature;
    private string? verifiedBy;

    internal CrlIndex(Dictionary<SerialKey, CrlEntry> entries, ReadOnlyMemory<byte> tbs, byte[] signature)
    {
        this.entries = entries;
        this.tbs = tbs;
        this.signature = signature;
    }

    public required X509Name Issuer { get; init; }

    public required DateTimeOffset ThisUpdate { get; init; }

    public DateTimeOffset? NextUpdate { get; init; }

    public BigInteger? CrlNumber { get; init; }

    /// <summary>For a delta CRL, the number of the full CRL it extends; null for a full CRL.</summary>
    public BigInteger? BaseCrlNumber { get; init; }

    public bool IsDelta => BaseCrlNumber is not null;

    public required string SignatureOid { get; init; }

    /// <summary>The number of entries.</summary>
    public int Count => entries.Count;

    /// <summary>Parses a DER CRL (PEM is accepted too).</summary>
    /// <exception cref="FormatException">The bytes are empty or not a CRL.</exception>
    public static CrlIndex Parse(byte[] crl)
    {
        ArgumentNullException.ThrowIfNull(crl);
        var der = PemReader.ToDer(crl) ?? throw new FormatException("The CRL is empty or not DER/PEM.");
        try
        {
            return CrlParser.Parse(der);
        }
        catch (Exception e)
            when (e is AsnContentException or ArgumentException or IOException or InvalidOperationException)
        {
            throw new FormatException($"The CRL is malformed: {e.Message}", e);
        }
    }

    /// <summary>The entry for a serial number, if the CRL lists it.</summary>
    public bool TryFind(ReadOnlySpan<byte> serialBigEndian, out CrlEntry entry)
    {
        return entries.TryGetValue(SerialKey.From(serialBigEndian), out entry);
    }

    /// <summary>The entry for a certificate, if the CRL lists it.</summary>
    public bool TryFind(PkiCertificate certificate, out CrlEntry entry)
    {
        ArgumentNullException.ThrowIfNull(certificate);

        return TryFind(certificate.Structure.SerialNumber.Value.ToByteArrayUnsigned(), out entry);
    }

    /// <summary>Whether <paramref name="issuer"/> signed this CRL; the answer is remembered per issuer.</summary>
    public bool IsSignedBy(PkiCertificate issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        lock (entries)
        {
            if (verifiedBy is not null)
            {
                return verifiedBy == issuer.Thumbprint;
            }

            var algorithm = AlgorithmRegistry.ResolveSignature(SignatureOid);
            if (
                tbs is null
                || signature is null
                || algorithm is null
                || issuer.PublicKey is null
                || !issuer.Subject.Equivalent(Issuer)
                || !issuer.PublicKey.Verify(algorithm, tbs.Value.Span, signature)
            )
            {
                return false;
            }

            // The signed bytes (a slice of the downloaded CRL) are only needed once; let the 20 MB download go.
            verifiedBy = issuer.Thumbprint;
            tbs = null;
            signature = null;

            return true;
        }
    }

    internal static bool IsReasonCode(ReadOnlySpan<byte> encodedOid) => encodedOid.SequenceEqual(ReasonCodeOid);

    internal static X509Name ParseName(ReadOnlyMemory<byte> encoded) =>
        X509Name.GetInstance(Asn1Object.FromByteArray(encoded.ToArray()));
}
