using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Cms;

/// <summary>Reads CMS SignedData from raw DER, base64 or PEM; anything else is an <see cref="UnusableInputException"/>.</summary>
public sealed class SignedMessageReader
{
    private const int MaxDepth = 48;
    private readonly CertificateCache certificates;
    private readonly long maxBytes;

    /// <summary>Creates a reader refusing inputs over <paramref name="maxBytes"/>.</summary>
    public SignedMessageReader(CertificateCache certificates, long maxBytes = 16 * 1024 * 1024)
    {
        this.certificates = certificates;
        this.maxBytes = maxBytes;
    }

    /// <summary>Parses <paramref name="input"/>.</summary>
    /// <exception cref="UnusableInputException">The input is empty, too large, not CMS SignedData or malformed.</exception>
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
            ?? throw new UnusableInputException(UnusableInputReason.NotDerBase64OrPem, "The CMS is neither DER, base64 nor PEM.");
        if (!Asn1DepthGuard.IsWithinDepth(der, MaxDepth))
        {
            throw new UnusableInputException(UnusableInputReason.NestingTooDeep, "The CMS nests ASN.1 elements too deeply.");
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
            throw new UnusableInputException(UnusableInputReason.MalformedAsn1, $"The CMS is malformed: {e.Message}", e);
        }
    }

    private SignedMessage Parse(byte[] der)
    {
        var contentInfo = ContentInfo.GetInstance(Asn1Object.FromByteArray(der));
        if (contentInfo.ContentType.Id != KazakhOids.SignedData)
        {
            throw new UnusableInputException(
                UnusableInputReason.NotSignedData, $"The CMS holds {contentInfo.ContentType.Id}, not SignedData.");
        }

        var signedData = SignedData.GetInstance(contentInfo.Content);
        var encapsulated = signedData.EncapContentInfo.Content is null
            ? null
            : Asn1OctetString.GetInstance(signedData.EncapContentInfo.Content).GetOctets();

        var certs = new List<PkiCertificate>();
        foreach (var element in signedData.Certificates ?? new DerSet())
        {
            if (element.ToAsn1Object() is Asn1Sequence sequence)
            {
                certs.Add(certificates.Get(X509CertificateStructure.GetInstance(sequence)));
            }
        }

        var signers = signedData.SignerInfos.Cast<Asn1Encodable>().Select(SignerInfo.GetInstance).ToArray();

        return new SignedMessage(signedData.EncapContentInfo.ContentType.Id, encapsulated, signers, certs);
    }
}
