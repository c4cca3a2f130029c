namespace Kazynashylyk.Pki.Algorithms;

/// <summary>
/// Object identifiers of the Kazakh NCA profile and the standard ones the engine meets next to them.
/// </summary>
public static class KazakhOids
{
    /// <summary>GOST 34.310-2004 public key.</summary>
    public const string Gost2004PublicKey = "1.2.398.3.10.1.1.1.1";

    /// <summary>GOST 34.310-2004 curve parameters: the CryptoPro-A curve.</summary>
    public const string Gost2004CurveA = "1.2.398.3.10.1.1.1.1.1";

    /// <summary>GOST 34.310-2004 signature with GOST 34.311-95.</summary>
    public const string Gost2004Signature = "1.2.398.3.10.1.1.1.2";

    /// <summary>GOST 34.10-2015 256-bit public key.</summary>
    public const string Gost2015PublicKey256 = "1.2.398.3.10.1.1.2.1";

    /// <summary>GOST 34.10-2015 256-bit curve: TC26 256 parameter set A.</summary>
    public const string Gost2015Curve256A = "1.2.398.3.10.1.1.2.1.1";

    /// <summary>GOST 34.10-2015 512-bit public key.</summary>
    public const string Gost2015PublicKey512 = "1.2.398.3.10.1.1.2.2";

    /// <summary>GOST 34.10-2015 512-bit curve: TC26 512 parameter set A.</summary>
    public const string Gost2015Curve512A = "1.2.398.3.10.1.1.2.2.1";

    /// <summary>GOST 34.10-2015 256-bit signature with Streebog-256.</summary>
    public const string Gost2015Signature256 = "1.2.398.3.10.1.1.2.3.1";

    /// <summary>GOST 34.10-2015 512-bit signature with Streebog-512.</summary>
    public const string Gost2015Signature512 = "1.2.398.3.10.1.1.2.3.2";

    /// <summary>GOST 34.311-95 digest (GOST R 34.11-94 with the test S-box).</summary>
    public const string Gost34311Digest = "1.2.398.3.10.1.3.1";

    /// <summary>Streebog-256 digest.</summary>
    public const string Streebog256Digest = "1.2.398.3.10.1.3.2";

    /// <summary>Streebog-512 digest.</summary>
    public const string Streebog512Digest = "1.2.398.3.10.1.3.3";

    public const string RsaEncryption = "1.2.840.113549.1.1.1";
    public const string Sha1WithRsa = "1.2.840.113549.1.1.5";
    public const string Sha256WithRsa = "1.2.840.113549.1.1.11";
    public const string Sha384WithRsa = "1.2.840.113549.1.1.12";
    public const string Sha512WithRsa = "1.2.840.113549.1.1.13";
    public const string Sha1 = "1.3.14.3.2.26";
    public const string Sha256 = "2.16.840.1.101.3.4.2.1";
    public const string Sha384 = "2.16.840.1.101.3.4.2.2";
    public const string Sha512 = "2.16.840.1.101.3.4.2.3";

    public const string EkuIndividual = "1.2.398.3.3.4.1.1";
    public const string EkuLegalEntity = "1.2.398.3.3.4.1.2";
    public const string EkuFirstHead = "1.2.398.3.3.4.1.2.1";
    public const string EkuRightToSign = "1.2.398.3.3.4.1.2.2";
    public const string EkuFinancialSigner = "1.2.398.3.3.4.1.2.3";
    public const string EkuHumanResources = "1.2.398.3.3.4.1.2.4";
    public const string EkuEmployee = "1.2.398.3.3.4.1.2.5";
    public const string EkuInformationSystem = "1.2.398.3.3.4.1.2.6";
    public const string EkuTreasuryClientParticipant = "1.2.398.5.19.1.2.2.1";
    public const string EkuOcspSigning = "1.3.6.1.5.5.7.3.9";
    public const string EkuTimeStamping = "1.3.6.1.5.5.7.3.8";

    public const string OcspNoCheck = "1.3.6.1.5.5.7.48.1.5";
    public const string OcspNonce = "1.3.6.1.5.5.7.48.1.2";
    public const string OcspExtendedRevoke = "1.3.6.1.5.5.7.48.1.9";
    public const string OcspBasic = "1.3.6.1.5.5.7.48.1.1";

    public const string SignedData = "1.2.840.113549.1.7.2";
    public const string Data = "1.2.840.113549.1.7.1";
    public const string TstInfo = "1.2.840.113549.1.9.16.1.4";
    public const string ContentTypeAttribute = "1.2.840.113549.1.9.3";
    public const string MessageDigestAttribute = "1.2.840.113549.1.9.4";
    public const string SigningTimeAttribute = "1.2.840.113549.1.9.5";
    public const string SigningCertificateAttribute = "1.2.840.113549.1.9.16.2.12";
    public const string SigningCertificateV2Attribute = "1.2.840.113549.1.9.16.2.47";
    public const string SignatureTimeStampAttribute = "1.2.840.113549.1.9.16.2.14";
}
