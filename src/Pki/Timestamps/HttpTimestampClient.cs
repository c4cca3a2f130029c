using Kazynashylyk.Pki.Net;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Tsp;
using Org.BouncyCastle.Security;

namespace Kazynashylyk.Pki.Timestamps;

/// <summary>An RFC 3161 client over HTTP POST (application/timestamp-query).</summary>
public sealed class HttpTimestampClient : ITimestampClient
{
    private static readonly SecureRandom Random = new();
    private readonly IPkiHttpClient http;
    private readonly Uri url;

    /// <summary>Creates a client of the TSA at <paramref name="url"/>.</summary>
    public HttpTimestampClient(IPkiHttpClient http, Uri url)
    {
        this.http = http;
        this.url = url;
    }

    public async Task<byte[]> RequestTokenAsync(string digestOid, byte[] imprint, CancellationToken cancellationToken)
    {
        var nonce = new DerInteger(new Org.BouncyCastle.Math.BigInteger(63, Random));
        var request = new TimeStampReq(
            new MessageImprint(Cms.SignedDataBuilder.DigestAlgorithm(digestOid), imprint),
            null,
            nonce,
            DerBoolean.True,
            null
        );

        byte[] answer;
        try
        {
            answer = await http.PostAsync(
                url,
                request.GetDerEncoded(),
                "application/timestamp-query",
                cancellationToken
            );
        }
        catch (PkiFetchException e)
        {
            throw new TimestampException($"The TSA gave no answer: {e.Message}", e);
        }

        return ExtractToken(answer, nonce, imprint);
    }

    private static byte[] ExtractToken(byte[] answer, DerInteger nonce, byte[] imprint)
    {
        TimeStampResp response;
        try
        {
            response = TimeStampResp.GetInstance(Asn1Object.FromByteArray(answer));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException)
        {
            throw new TimestampException("The TSA's answer is not a timestamp response.", e);
        }

        var status = response.Status.Status.IntValueExact;
        if (status > 1 || response.TimeStampToken is null)
        {
            throw new TimestampException($"The TSA refused the request (status {status}).");
        }

        var token = response.TimeStampToken;
        var signedData = Org.BouncyCastle.Asn1.Cms.SignedData.GetInstance(token.Content);
        var tstInfo = TstInfo.GetInstance(
            Asn1Object.FromByteArray(Asn1OctetString.GetInstance(signedData.EncapContentInfo.Content).GetOctets())
        );
        if (
            tstInfo.Nonce is null
            || !tstInfo.Nonce.Equals(nonce)
            || !tstInfo.MessageImprint.GetHashedMessage().AsSpan().SequenceEqual(imprint)
        )
        {
            throw new TimestampException("The TSA's token does not answer this request (nonce or imprint differ).");
        }

        return token.GetDerEncoded();
    }
}
