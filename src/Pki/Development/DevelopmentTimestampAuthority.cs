using System.Security.Cryptography;
using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Cms;
using Kazynashylyk.Pki.Keys;
using Kazynashylyk.Pki.Timestamps;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Tsp;

namespace Kazynashylyk.Pki.Development;

/// <summary>
/// Issues RFC 3161 tokens locally, signed by a development TSA certificate (critical timeStamping EKU).
/// </summary>
public sealed class DevelopmentTimestampAuthority : ITimestampClient
{
    private readonly SigningIdentity tsa;
    private readonly TimeProvider time;

    /// <summary>Creates a TSA stamping with <paramref name="tsa"/> at <paramref name="time"/>'s now.</summary>
    public DevelopmentTimestampAuthority(SigningIdentity tsa, TimeProvider time)
    {
        this.tsa = tsa;
        this.time = time;
    }

    /// <summary>The policy its tokens carry (the NCA's GOST 2015 timestamp policy).</summary>
    public string Policy { get; init; } = "1.2.398.3.3.2.6.4";

    public Task<byte[]> RequestTokenAsync(string digestOid, byte[] imprint, CancellationToken cancellationToken)
    {
        return Task.FromResult(Issue(digestOid, imprint, null));
    }

    /// <summary>Answers a DER TimeStampReq with a DER TimeStampResp (granted).</summary>
    public byte[] Respond(byte[] request)
    {
        var parsed = TimeStampReq.GetInstance(Asn1Object.FromByteArray(request));
        var token = Issue(
            parsed.MessageImprint.HashAlgorithm.Algorithm.Id,
            parsed.MessageImprint.GetHashedMessage(),
            parsed.Nonce
        );
        var status = new Org.BouncyCastle.Asn1.Cmp.PkiStatusInfo(0);

        return new TimeStampResp(
            status,
            Org.BouncyCastle.Asn1.Cms.ContentInfo.GetInstance(Asn1Object.FromByteArray(token))
        ).GetEncoded(Asn1Encodable.Der);
    }

    private byte[] Issue(string digestOid, byte[] imprint, DerInteger? nonce)
    {
        var genTime = time.GetUtcNow();
        var info = new TstInfo(
            new DerObjectIdentifier(Policy),
            new MessageImprint(SignedDataBuilder.DigestAlgorithm(digestOid), imprint),
            new DerInteger(new Org.BouncyCastle.Math.BigInteger(1, RandomNumberGenerator.GetBytes(16))),
            new Asn1GeneralizedTime(genTime.UtcDateTime),
            null,
            null,
            nonce,
            null,
            null
        );
        var content = info.GetEncoded(Asn1Encodable.Der);
        var signerInfo = SignedDataBuilder.BuildSignerInfo(tsa, KazakhOids.TstInfo, content, genTime, null);

        return SignedDataBuilder.Encode(tsa, KazakhOids.TstInfo, content, signerInfo);
    }
}
