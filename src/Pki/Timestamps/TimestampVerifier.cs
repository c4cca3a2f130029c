using Kazynashylyk.Pki.Algorithms;
using Kazynashylyk.Pki.Certificates;
using Kazynashylyk.Pki.Chains;
using Kazynashylyk.Pki.Cms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Tsp;

namespace Kazynashylyk.Pki.Timestamps;

/// <summary>
/// Verifies an RFC 3161 token: its own CMS signature (through the same signer checks as documents), its TSA
/// certificate's chain to the trust store and critical timeStamping EKU, and the imprint over the data it stamps.
/// </summary>
public sealed class TimestampVerifier
{
    private readonly SignedMessageReader reader;
    private readonly ChainBuilder chains;

    /// <summary>Creates a verifier sharing the engine's certificate cache and chain builder.</summary>
    public TimestampVerifier(CertificateCache certificates, ChainBuilder chains)
    {
        reader = new SignedMessageReader(certificates);
        this.chains = chains;
    }

    /// <summary>
    /// Verifies <paramref name="token"/> (a ContentInfo, DER) as stamping <paramref name="stamped"/>.
    /// </summary>
    public TimestampCheck Verify(byte[] token, ReadOnlySpan<byte> stamped, TrustStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        SignedMessage message;
        try
        {
            message = reader.Read(token);
        }
        catch (UnusableInputException e)
        {
            return new TimestampCheck { Problem = $"The timestamp token is unreadable: {e.Message}" };
        }

        try
        {
            return VerifyMessage(message, stamped, store);
        }
        catch (Exception e) when (MalformedInput.Is(e))
        {
            return new TimestampCheck { Problem = $"The timestamp token is malformed: {e.Message}" };
        }
    }

    private TimestampCheck VerifyMessage(SignedMessage message, ReadOnlySpan<byte> stamped, TrustStore store)
    {
        if (
            message.ContentType != KazakhOids.TstInfo
            || message.EncapsulatedContent is null
            || message.Signers.Count != 1
        )
        {
            return new TimestampCheck { Problem = "The timestamp token is not a single-signer TSTInfo." };
        }

        TstInfo info;
        try
        {
            info = TstInfo.GetInstance(Asn1Object.FromByteArray(message.EncapsulatedContent));
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException)
        {
            return new TimestampCheck { Problem = "The timestamp token's TSTInfo is malformed." };
        }

        var genTime = new DateTimeOffset(info.GenTime.ToDateTime(), TimeSpan.Zero);
        var check = SignerInfoVerifier.Verify(
            message.Signers[0],
            KazakhOids.TstInfo,
            message.EncapsulatedContent,
            message.Certificates
        );
        var problem = check.Passed
            ? CheckTsa(check.Certificate!, message.Certificates, genTime, store)
            : $"The token's signature fails: {check.Problem}";
        problem ??= CheckImprint(info.MessageImprint, stamped);

        return new TimestampCheck
        {
            Problem = problem,
            GenTime = genTime,
            Policy = info.Policy?.Id,
            TsaCertificate = check.Certificate,
        };
    }

    /// <summary>Reads a token's genTime without verifying anything (for diagnostics).</summary>
    public static DateTimeOffset ReadGenTime(byte[] token)
    {
        var contentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo.GetInstance(Asn1Object.FromByteArray(token));
        var signedData = Org.BouncyCastle.Asn1.Cms.SignedData.GetInstance(contentInfo.Content);
        var octets = Asn1OctetString.GetInstance(signedData.EncapContentInfo.Content).GetOctets();

        return new DateTimeOffset(
            TstInfo.GetInstance(Asn1Object.FromByteArray(octets)).GenTime.ToDateTime(),
            TimeSpan.Zero
        );
    }

    private string? CheckTsa(
        PkiCertificate tsa,
        IReadOnlyList<PkiCertificate> carried,
        DateTimeOffset genTime,
        TrustStore store
    )
    {
        if (!tsa.ExtendedKeyUsage.Contains(KazakhOids.EkuTimeStamping) || !tsa.IsCritical("2.5.29.37"))
        {
            return "The TSA certificate lacks the critical timeStamping extended key usage.";
        }

        // Known limitation: the TSA certificate's revocation is not checked, because the NCA offers no OCSP for it;
        // its chain, critical EKU and validity at genTime are.
        var chain = chains.Build(tsa, carried, store);
        if (!chain.Found)
        {
            return $"The TSA certificate does not chain to the {store.Name} store: {chain.Problem}";
        }

        return chain.Path.All(c => c.IsValidAt(genTime))
            ? null
            : "The TSA certificate was not valid at the token's genTime.";
    }

    private static string? CheckImprint(MessageImprint imprint, ReadOnlySpan<byte> stamped)
    {
        var digestOid = imprint.HashAlgorithm.Algorithm.Id;
        if (!AlgorithmRegistry.IsSupportedDigest(digestOid))
        {
            return $"The token's imprint uses an unsupported digest {digestOid}.";
        }

        var expected = AlgorithmRegistry.ComputeDigest(digestOid, stamped);

        return expected.AsSpan().SequenceEqual(imprint.GetHashedMessage())
            ? null
            : "The token stamps other data (imprint mismatch).";
    }
}
