using System.Formats.Asn1;
using System.Numerics;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>Walks a DER CRL once, filling the serial index without building an object per ASN.1 node.</summary>
internal static class CrlParser
{
    private static readonly Asn1Tag ExtensionsTag = new(TagClass.ContextSpecific, 0, true);

    public static CrlIndex Parse(byte[] der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
        var tbsBytes = outer.PeekEncodedValue();
        var tbs = outer.ReadSequence();
        var signatureOid = outer.ReadSequence().ReadObjectIdentifier();
        var signature = outer.ReadBitString(out _);

        if (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
        {
            tbs.ReadInteger();
        }

        // The inner AlgorithmIdentifier may lack the NULL the outer one has (the 2026 test CRL does): only the OID
        // matters.
        tbs.ReadSequence();
        var issuer = CrlIndex.ParseName(tbs.ReadEncodedValue());
        var thisUpdate = ReadTime(tbs);
        DateTimeOffset? nextUpdate = null;
        if (tbs.HasData && IsTime(tbs.PeekTag()))
        {
            nextUpdate = ReadTime(tbs);
        }

        var entries = new Dictionary<SerialKey, CrlEntry>();
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            ReadEntries(tbs.ReadSequence(), entries);
        }

        BigInteger? crlNumber = null;
        BigInteger? baseCrlNumber = null;
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(ExtensionsTag))
        {
            var extensions = tbs.ReadSequence(ExtensionsTag).ReadSequence();
            while (extensions.HasData)
            {
                var extension = extensions.ReadSequence();
                var oid = extension.ReadObjectIdentifier();
                if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
                {
                    extension.ReadBoolean();
                }

                var value = extension.ReadOctetString();
                if (oid == "2.5.29.20")
                {
                    crlNumber = new AsnReader(value, AsnEncodingRules.BER).ReadInteger();
                }
                else if (oid == "2.5.29.27")
                {
                    baseCrlNumber = new AsnReader(value, AsnEncodingRules.BER).ReadInteger();
                }
            }
        }

        return new CrlIndex(entries, tbsBytes, signature)
        {
            Issuer = issuer,
            ThisUpdate = thisUpdate,
            NextUpdate = nextUpdate,
            CrlNumber = crlNumber,
            BaseCrlNumber = baseCrlNumber,
            SignatureOid = signatureOid,
        };
    }

    private static void ReadEntries(AsnReader list, Dictionary<SerialKey, CrlEntry> entries)
    {
        while (list.HasData)
        {
            var entry = list.ReadSequence();
            var serial = entry.ReadIntegerBytes().Span;
            var revokedAt = ReadTime(entry);
            var reason = 0;
            if (entry.HasData)
            {
                var extensions = entry.ReadSequence();
                while (extensions.HasData)
                {
                    var extension = extensions.ReadSequence();
                    var oid = extension.ReadEncodedValue().Span;
                    if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
                    {
                        extension.ReadBoolean();
                    }

                    var value = extension.ReadOctetString();
                    if (CrlIndex.IsReasonCode(oid))
                    {
                        reason = ReadReason(value);
                    }
                }
            }

            entries[SerialKey.From(serial)] = new CrlEntry(revokedAt, reason);
        }
    }

    private static bool IsTime(Asn1Tag tag)
    {
        return tag.HasSameClassAndValue(Asn1Tag.UtcTime) || tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime);
    }

    private static DateTimeOffset ReadTime(AsnReader reader)
    {
        return reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime)
            ? reader.ReadUtcTime()
            : reader.ReadGeneralizedTime();
    }

    private static int ReadReason(byte[] value)
    {
        var bytes = new AsnReader(value, AsnEncodingRules.BER).ReadEnumeratedBytes().Span;

        return bytes.Length is > 0 and <= 2 ? (int)new BigInteger(bytes, isUnsigned: false, isBigEndian: true) : 0;
    }
}
