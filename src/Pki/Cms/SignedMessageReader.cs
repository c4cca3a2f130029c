using System.Formats.Asn1;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Kazynashylyk.Pki.Cms;

/// <summary>
/// Reads CMS SignedData from raw DER, base64 or PEM; anything else is an <see cref="UnusableInputException"/>.
/// </summary>
public sealed class SignedMessageReader
{
    private const int MaxDepth = 48;
    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, true);
    private static readonly Asn1Tag Implicit1 = new(TagClass.ContextSpecific, 1, true);
    private readonly CertificateCache certificates;
    private readonly long maxBytes;

    /// <summary>Creates a reader refusing inputs over <paramref name="maxBytes"/>.</summary>
    public SignedMessageReader(CertificateCache certificates, long maxBytes = 16 * 1024 * 1024)
    {
        this.certificates = certificates;
        this.maxBytes = maxBytes;
    }

    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <exception cref="UnusableInputException">The input is empty, too large, not CMS SignedData or
    /// malformed.</exception>
    public SignedMessage Read(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            throw new UnusableInputException(UnusableInputReason.Empty, "The CMS is empty.");
        }

        if (input.Length > maxBytes)
        {
            throw new UnusableInputException(UnusableInputReason.TooLarge, $"The CMS is larger than {maxBytes} bytes.");
        }

        var der = PemReader.ToDer(input)
            ?? throw new UnusableInputException(
                UnusableInputReason.NotDerBase64OrPem,
                "The CMS is neither DER, base64 nor PEM."
            );
        if (!Asn1DepthGuard.IsWithinDepth(der, MaxDepth))
        {
            throw new UnusableInputException(
                UnusableInputReason.NestingTooDeep,
                "The CMS nests ASN.1 elements too deeply."
            );
        }

        try
        {
            return Parse(der);
        }
        catch (UnusableInputException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // BouncyCastle reports broken ASN.1 through many exception types; all of them mean the same to a caller.
            throw new UnusableInputException(
                UnusableInputReason.MalformedAsn1,
                $"The CMS is malformed: {e.Message}",
                e
            );
        }
    }

    // The outer layers are walked with the platform's zero-copy reader: certificates are looked up in the cache by
    // their raw bytes and never re-parsed, and only the small signer infos go through BouncyCastle.
    private SignedMessage Parse(byte[] der)
    {
        var contentInfo = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
        var contentType = contentInfo.ReadObjectIdentifier();
        if (contentType != KazakhOids.SignedData)
        {
            throw new UnusableInputException(
                UnusableInputReason.NotSignedData,
                $"The CMS holds {contentType}, not SignedData."
            );
        }

        var signedData = contentInfo.ReadSequence(Explicit0).ReadSequence();
        signedData.ReadInteger();
        signedData.ReadSetOf();
        var encapsulated = signedData.ReadSequence();
        var encapsulatedType = encapsulated.ReadObjectIdentifier();
        var content = encapsulated.HasData ? encapsulated.ReadSequence(Explicit0).ReadOctetString() : null;

        var certs = new List<PkiCertificate>();
        if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(Explicit0))
        {
            var set = signedData.ReadSetOf(Explicit0);
            while (set.HasData)
            {
                var isCertificate = set.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence);
                var encoded = set.ReadEncodedValue();
                if (isCertificate)
                {
                    certs.Add(certificates.Get(encoded.Span));
                }
            }
        }

        if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(Implicit1))
        {
            signedData.ReadEncodedValue();
        }

        var signers = new List<SignerInfo>();
        var signerInfos = signedData.ReadSetOf();
        while (signerInfos.HasData)
        {
            signers.Add(SignerInfo.GetInstance(Asn1Object.FromByteArray(signerInfos.ReadEncodedValue().ToArray())));
        }

        return new SignedMessage(encapsulatedType, content, signers, certs);
    }
}
