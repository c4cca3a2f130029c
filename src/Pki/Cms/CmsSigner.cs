using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Kazynashylyk.Pki.Cms;

/// <summary>
/// Signs content as NCALayer does: CMS SignedData with the signer's certificate, content type, signing time,
/// message digest and signing-certificate-v2 attributes, GOST 2015, GOST 2004 or RSA per the key.
/// </summary>
public sealed class CmsSigner
{
    private readonly TimeProvider time;

    /// <summary>Creates a signer reading the signing time from <paramref name="time"/>.</summary>
    public CmsSigner(TimeProvider time)
    {
        this.time = time;
    }

    /// <summary>Signs <paramref name="content"/> and returns the CMS as DER.</summary>
    public async Task<byte[]> SignAsync(
        SigningIdentity identity,
        byte[] content,
        CmsSignOptions options,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);

        var signingTime = time.GetUtcNow();
        var signerInfo = SignedDataBuilder.BuildSignerInfo(identity, KazakhOids.Data, content, signingTime, null);

        if (options.Timestamps is not null)
        {
            // The timestamp covers the signature value, so it is requested after signing and added unsigned.
            var signatureValue = signerInfo.Signature.GetOctets();
            var imprint = AlgorithmRegistry.ComputeDigest(identity.Key.DigestOid, signatureValue);
            var token = await options.Timestamps.RequestTokenAsync(identity.Key.DigestOid, imprint, cancellationToken);
            var attribute = new Attribute(
                new DerObjectIdentifier(KazakhOids.SignatureTimeStampAttribute),
                new DerSet(Asn1Object.FromByteArray(token))
            );
            signerInfo = new SignerInfo(
                signerInfo.SignerID,
                signerInfo.DigestAlgorithm,
                signerInfo.SignedAttrs,
                signerInfo.SignatureAlgorithm,
                signerInfo.Signature,
                new DerSet(attribute)
            );
        }

        return SignedDataBuilder.Encode(identity, KazakhOids.Data, options.Detached ? null : content, signerInfo);
    }

    /// <summary>Wraps DER in the PEM armour NCALayer uses.</summary>
    public static string ToPem(byte[] der)
    {
        var base64 = Convert
            .ToBase64String(der, Base64FormattingOptions.InsertLineBreaks)
            .Replace("\r\n", "\n", StringComparison.Ordinal);

        return $"-----BEGIN CMS-----\n{base64}\n-----END CMS-----\n";
    }
}
