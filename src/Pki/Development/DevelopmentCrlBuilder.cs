using System.Formats.Asn1;
using System.Numerics;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Keys;
using Org.BouncyCastle.Asn1;

namespace Kazynashylyk.Pki.Development;

/// <summary>
/// Writes CRLs signed by a development CA, streaming entries straight into DER so that a CRL of the production
/// size (hundreds of thousands of entries) can be generated for benchmarks.
/// </summary>
public static class DevelopmentCrlBuilder
{
    /// <summary>One revoked serial.</summary>
    /// <param name="SerialBigEndian">The serial's unsigned big-endian bytes.</param>
    /// <param name="RevokedAt">The revocation date.</param>
    /// <param name="ReasonCode">The CRLReason code, or null for none.</param>
    public sealed record Entry(byte[] SerialBigEndian, DateTimeOffset RevokedAt, int? ReasonCode);

    /// <summary>Builds and signs a CRL; <paramref name="baseCrlNumber"/> makes it a delta CRL.</summary>
    public static byte[] Build(
        SigningIdentity issuer,
        IEnumerable<Entry> entries,
        DateTimeOffset thisUpdate,
        DateTimeOffset nextUpdate,
        BigInteger crlNumber,
        BigInteger? baseCrlNumber = null
    )
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(entries);
        var algorithm = (
            (Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier)new KazakhSignatureFactory(issuer.Key).AlgorithmDetails
        ).GetEncoded(Asn1Encodable.Der);

        var tbs = new AsnWriter(AsnEncodingRules.DER);
        using (tbs.PushSequence())
        {
            tbs.WriteInteger(1);
            tbs.WriteEncodedValue(algorithm);
            tbs.WriteEncodedValue(issuer.Certificate.Subject.GetEncoded(Asn1Encodable.Der));
            tbs.WriteUtcTime(thisUpdate);
            tbs.WriteUtcTime(nextUpdate);
            WriteEntries(tbs, entries);
            WriteExtensions(tbs, crlNumber, baseCrlNumber);
        }

        var tbsBytes = tbs.Encode();
        var signature = issuer.Key.Sign(tbsBytes);
        var crl = new AsnWriter(AsnEncodingRules.DER);
        using (crl.PushSequence())
        {
            crl.WriteEncodedValue(tbsBytes);
            crl.WriteEncodedValue(algorithm);
            crl.WriteBitString(signature);
        }

        return crl.Encode();
    }

    private static void WriteEntries(AsnWriter writer, IEnumerable<Entry> entries)
    {
        using var list = writer.PushSequence();
        foreach (var entry in entries)
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(new BigInteger(entry.SerialBigEndian, isUnsigned: true, isBigEndian: true));
                writer.WriteUtcTime(entry.RevokedAt);
                if (entry.ReasonCode is { } reason)
                {
                    using (writer.PushSequence())
                    using (writer.PushSequence())
                    {
                        writer.WriteObjectIdentifier("2.5.29.21");
                        var value = new AsnWriter(AsnEncodingRules.DER);
                        value.WriteEnumeratedValue((ReasonValue)reason);
                        writer.WriteOctetString(value.Encode());
                    }
                }
            }
        }
    }

    private static void WriteExtensions(AsnWriter writer, BigInteger crlNumber, BigInteger? baseCrlNumber)
    {
        using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)))
        using (writer.PushSequence())
        {
            WriteIntegerExtension(writer, "2.5.29.20", crlNumber, false);
            if (baseCrlNumber is { } number)
            {
                WriteIntegerExtension(writer, "2.5.29.27", number, true);
            }
        }
    }

    private static void WriteIntegerExtension(AsnWriter writer, string oid, BigInteger number, bool critical)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            if (critical)
            {
                writer.WriteBoolean(true);
            }

            var value = new AsnWriter(AsnEncodingRules.DER);
            value.WriteInteger(number);
            writer.WriteOctetString(value.Encode());
        }
    }

    private enum ReasonValue
    {
        Unspecified = 0,
    }
}
