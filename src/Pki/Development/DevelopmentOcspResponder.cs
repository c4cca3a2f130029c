using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Development;

/// <summary>
/// Answers OCSP requests the way the NCA responder does: a delegated responder certificate included, the nonce
/// echoed, no nextUpdate, and unknown certificates as "revoked 1970-01-01, certificateHold, extended-revoke".
/// </summary>
public sealed class DevelopmentOcspResponder
{
    private static readonly DateTime UnknownMarker = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly SigningIdentity responder;

    /// <summary>Creates a responder signing with <paramref name="responder"/>.</summary>
    public DevelopmentOcspResponder(SigningIdentity responder)
    {
        this.responder = responder;
    }

    /// <summary>What the responder says about a serial.</summary>
    public enum Status
    {
        Good,
        Revoked,
        UnknownAsNcaSaysIt,
    }

    /// <summary>The tryLater response (status 3).</summary>
    public static byte[] TryLater() => new OcspResponse(new OcspResponseStatus(3), null).GetEncoded(Asn1Encodable.Der);

    /// <summary>
    /// Answers a DER request; <paramref name="decide"/> gives the status and revocation for a serial.
    /// </summary>
    public byte[] Answer(
        byte[] request,
        Func<Org.BouncyCastle.Math.BigInteger, (Status Status, DateTimeOffset? RevokedAt, int Reason)> decide,
        DateTimeOffset now,
        byte[]? nonceOverride = null,
        bool corruptSignature = false
    )
    {
        ArgumentNullException.ThrowIfNull(decide);
        var tbsRequest = OcspRequest.GetInstance(Asn1Object.FromByteArray(request)).TbsRequest;
        var nonce = nonceOverride
            ?? Asn1OctetString
                .GetInstance(
                    tbsRequest
                        .RequestExtensions.GetExtension(new DerObjectIdentifier(KazakhOids.OcspNonce))
                        .GetParsedValue()
                )
                .GetOctets();

        var responses = new Asn1EncodableVector();
        foreach (var element in tbsRequest.RequestList)
        {
            var certId = Request.GetInstance(element).ReqCert;
            var (status, revokedAt, reason) = decide(certId.SerialNumber.Value);
            responses.Add(Single(certId, status, revokedAt, reason, now));
        }

        var nonceExtension = new X509ExtensionsGenerator();
        nonceExtension.AddExtension(new DerObjectIdentifier(KazakhOids.OcspNonce), false, new DerOctetString(nonce));
        var data = new ResponseData(
            new ResponderID(responder.Certificate.Subject),
            new Asn1GeneralizedTime(now.UtcDateTime),
            new DerSequence(responses),
            nonceExtension.Generate()
        );

        var signature = responder.Key.Sign(data.GetEncoded(Asn1Encodable.Der));
        if (corruptSignature)
        {
            signature[^1] ^= 0x01;
        }

        var algorithm = (AlgorithmIdentifier)new KazakhSignatureFactory(responder.Key).AlgorithmDetails;
        var basic = new BasicOcspResponse(
            data,
            algorithm,
            new DerBitString(signature),
            new DerSequence(responder.Certificate.Structure)
        );

        return new OcspResponse(
            new OcspResponseStatus(0),
            new ResponseBytes(
                new DerObjectIdentifier(KazakhOids.OcspBasic),
                new DerOctetString(basic.GetEncoded(Asn1Encodable.Der))
            )
        ).GetEncoded(Asn1Encodable.Der);
    }

    private static SingleResponse Single(
        CertID certId,
        Status status,
        DateTimeOffset? revokedAt,
        int reason,
        DateTimeOffset now
    )
    {
        var thisUpdate = new Asn1GeneralizedTime(now.UtcDateTime);

        return status switch
        {
            Status.Good => new SingleResponse(certId, new CertStatus(), thisUpdate, null, null),
            Status.Revoked => new SingleResponse(
                certId,
                new CertStatus(
                    new RevokedInfo(new Asn1GeneralizedTime(revokedAt!.Value.UtcDateTime), new CrlReason(reason))
                ),
                thisUpdate,
                null,
                null
            ),
            _ => new SingleResponse(
                certId,
                new CertStatus(
                    new RevokedInfo(new Asn1GeneralizedTime(UnknownMarker), new CrlReason(CrlReason.CertificateHold))
                ),
                thisUpdate,
                null,
                ExtendedRevoke()
            ),
        };
    }

    private static X509Extensions ExtendedRevoke()
    {
        var generator = new X509ExtensionsGenerator();
        generator.AddExtension(new DerObjectIdentifier(KazakhOids.OcspExtendedRevoke), false, DerNull.Instance);

        return generator.Generate();
    }
}
