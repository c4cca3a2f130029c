using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;

namespace Kazynashylyk.Pki.Revocation;

/// <summary>
/// Verifies an OCSP response for one certificate: signature by the CA or by a delegated responder the CA issued
/// with the OCSPSigning EKU, the nonce, and the matching single response. NCA's "revoked at 1970-01-01,
/// certificateHold, extended-revoke" is read as unknown, which is what the responder means by it.
/// </summary>
public sealed class OcspResponseVerifier
{
    private static readonly DateTimeOffset UnknownMarkerLimit = new(1970, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly CertificateCache certificates;

    /// <summary>Creates a verifier parsing responder certificates through <paramref name="certificates"/>.</summary>
    public OcspResponseVerifier(CertificateCache certificates)
    {
        this.certificates = certificates;
    }

    /// <summary>
    /// Verifies <paramref name="response"/>; <paramref name="expectedNonce"/> null skips the nonce check.
    /// </summary>
    public OcspAnswer Verify(byte[] response, PkiCertificate certificate, PkiCertificate issuer, byte[]? expectedNonce)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        try
        {
            return VerifyParsed(
                OcspResponse.GetInstance(Asn1Object.FromByteArray(response)),
                certificate,
                issuer,
                expectedNonce
            );
        }
        catch (Exception e)
            when (e
                    is IOException
                        or ArgumentException
                        or InvalidCastException
                        or InvalidOperationException
                        or FormatException
                        or NullReferenceException
            )
        {
            return OcspAnswer.None($"The OCSP response is malformed: {e.Message}");
        }
    }

    private OcspAnswer VerifyParsed(
        OcspResponse response,
        PkiCertificate certificate,
        PkiCertificate issuer,
        byte[]? expectedNonce
    )
    {
        var status = response.ResponseStatus.IntValueExact;
        if (status != 0)
        {
            return OcspAnswer.None(
                status == 3 ? "The OCSP responder said tryLater." : $"The OCSP responder returned status {status}."
            );
        }

        if (response.ResponseBytes is null || response.ResponseBytes.ResponseType.Id != KazakhOids.OcspBasic)
        {
            return OcspAnswer.None("The OCSP response is not a basic response.");
        }

        var basic = BasicOcspResponse.GetInstance(
            Asn1Object.FromByteArray(response.ResponseBytes.Response.GetOctets())
        );
        var data = basic.TbsResponseData;
        var responder = FindSigner(basic, issuer);
        if (responder is null)
        {
            return OcspAnswer.None(
                "The OCSP response's signature does not verify with the CA or an authorised responder."
            );
        }

        var producedAt = new DateTimeOffset(data.ProducedAt.ToDateTime(), TimeSpan.Zero);
        if (responder != issuer && !responder.IsValidAt(producedAt))
        {
            return OcspAnswer.None("The OCSP responder's certificate was not valid when it answered.");
        }

        if (expectedNonce is not null && !NonceMatches(data.ResponseExtensions, expectedNonce))
        {
            return OcspAnswer.None("The OCSP response does not echo the request's nonce.");
        }

        var single = FindSingle(data, certificate, issuer);
        if (single is null)
        {
            return OcspAnswer.None("The OCSP response says nothing about this certificate.");
        }

        return Read(single, data, producedAt, responder == issuer ? null : responder.Subject.ToString());
    }

    private static OcspAnswer Read(
        SingleResponse single,
        ResponseData data,
        DateTimeOffset producedAt,
        string? responder
    )
    {
        var thisUpdate = new DateTimeOffset(single.ThisUpdate.ToDateTime(), TimeSpan.Zero);
        DateTimeOffset? nextUpdate = single.NextUpdate is null
            ? null
            : new DateTimeOffset(single.NextUpdate.ToDateTime(), TimeSpan.Zero);
        var answer = new OcspAnswer
        {
            Kind = OcspAnswerKind.Good,
            ProducedAt = producedAt,
            ThisUpdate = thisUpdate,
            NextUpdate = nextUpdate,
            Responder = responder,
        };

        switch (single.CertStatus.TagNo)
        {
            case 0:
                return answer;
            case 1:
                var info = RevokedInfo.GetInstance(single.CertStatus.Status);
                var revokedAt = new DateTimeOffset(info.RevocationTime.ToDateTime(), TimeSpan.Zero);
                var reason = info.RevocationReason?.IntValueExact ?? 0;
                var extendedRevoke =
                    HasExtension(single.SingleExtensions, KazakhOids.OcspExtendedRevoke)
                    || HasExtension(data.ResponseExtensions, KazakhOids.OcspExtendedRevoke);
                if (revokedAt < UnknownMarkerLimit && reason == CrlReasons.CertificateHold && extendedRevoke)
                {
                    return answer with { Kind = OcspAnswerKind.Unknown };
                }

                return answer with
                {
                    Kind = OcspAnswerKind.Revoked,
                    RevokedAt = revokedAt,
                    ReasonCode = reason,
                };
            default:
                return answer with { Kind = OcspAnswerKind.Unknown };
        }
    }

    private PkiCertificate? FindSigner(BasicOcspResponse basic, PkiCertificate issuer)
    {
        var algorithm = AlgorithmRegistry.ResolveSignature(basic.SignatureAlgorithm.Algorithm.Id);
        if (algorithm is null)
        {
            return null;
        }

        var tbs = basic.TbsResponseData.GetDerEncoded();
        var signature = basic.GetSignatureOctets();
        if (issuer.PublicKey?.Verify(algorithm, tbs, signature) == true)
        {
            return issuer;
        }

        foreach (var element in basic.Certs ?? new DerSequence())
        {
            var candidate = certificates.Get(X509CertificateStructure.GetInstance(element));
            var authorised =
                candidate.ExtendedKeyUsage.Contains(KazakhOids.EkuOcspSigning)
                && candidate.Issuer.Equivalent(issuer.Subject)
                && candidate.IsSignedBy(issuer);
            if (authorised && candidate.PublicKey?.Verify(algorithm, tbs, signature) == true)
            {
                return candidate;
            }
        }

        return null;
    }

    private static SingleResponse? FindSingle(ResponseData data, PkiCertificate certificate, PkiCertificate issuer)
    {
        foreach (var element in data.Responses)
        {
            var single = SingleResponse.GetInstance(element);
            var id = single.CertId;
            if (
                !id.SerialNumber.Value.Equals(certificate.Structure.SerialNumber.Value)
                || !AlgorithmRegistry.IsSupportedDigest(id.HashAlgorithm.Algorithm.Id)
            )
            {
                continue;
            }

            var expected = OcspRequestBuilder.CertIdFor(certificate, issuer, id.HashAlgorithm.Algorithm.Id);
            if (expected.IssuerKeyHash.Equals(id.IssuerKeyHash) && expected.IssuerNameHash.Equals(id.IssuerNameHash))
            {
                return single;
            }
        }

        return null;
    }

    private static bool NonceMatches(X509Extensions? extensions, byte[] expected)
    {
        var extension = extensions?.GetExtension(new DerObjectIdentifier(KazakhOids.OcspNonce));
        if (extension is null)
        {
            return false;
        }

        // The NCA responder echoes the nonce as an OCTET STRING inside the extension value; accept the bare form too.
        var value = extension.Value.GetOctets();
        if (value.AsSpan().SequenceEqual(expected))
        {
            return true;
        }

        try
        {
            return Asn1OctetString
                .GetInstance(Asn1Object.FromByteArray(value))
                .GetOctets()
                .AsSpan()
                .SequenceEqual(expected);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            return false;
        }
    }

    private static bool HasExtension(X509Extensions? extensions, string oid)
    {
        return extensions?.GetExtension(new DerObjectIdentifier(oid)) is not null;
    }
}
